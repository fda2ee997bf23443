"""The scenario template a user starts from (`coach roleplay --template`, the download in the web tab), German and English.

Each template is a complete, valid, playable scenario with a comment on every field; copy it, change the texts, play it
with `coach roleplay --scenario-file FILE`. The field reference is docs/scenario-schema.md.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "de": """\
# Ihr eigenes Rollenspiel-Szenario: Texte nach Belieben ändern, Feldnamen bitte so lassen.
# Spielen: coach roleplay --scenario-file meine-szenario.yaml   (oder im Web-Tab „Rollenspiel“ hochladen)
id: mein-szenario                 # kleine Buchstaben, Ziffern und Bindestriche
title: "Mein Termin: 'Zu teuer'"
language: de                      # de oder en
difficulty: medium                # easy | medium | hard
patience: 5                       # wie viele Antworten ohne Fortschritt der Kunde erträgt (2–10)
persona:                          # wer Ihnen gegenübersitzt
  name: "Frau Beispiel"
  role: "Leiterin Einkauf"
  company: "Muster Maschinenbau GmbH"
  industry: "Maschinenbau (400 Beschäftigte)"
  temperament: "sachlich, vorsichtig, will Zahlen sehen"
deal:                             # das Angebot, kurz
  offer: "Wartungsplattform für 120 Maschinen"
  price: "60.000 € jährlich"
  term: "24 Monate"
  goals: ["Stillstände um 20 % senken"]
  business_case: "Einsparung ca. 150.000 € pro Jahr durch weniger Stillstand"
opening: "Danke für die Vorstellung. Bevor wir entscheiden, muss ich etwas ansprechen."
objections:                       # in der Reihenfolge, in der der Kunde sie bringt
  - type: price                   # price | timing | authority | need | competitor | risk | contract_terms | it_readiness | status_quo
    statement: "Ehrlich gesagt ist uns das zu teuer."
    restatements:                 # wenn Sie nur zustimmen oder ausweichen (mindestens 2)
      - "Wie gesagt, am Preis hakt es."
      - "Dabei bleibe ich: zu viel Geld."
    hardened:                     # wenn Sie argumentieren statt nachzufragen (mindestens 2)
      - "Dass Sie Ihren Preis fair finden, glaube ich Ihnen. Das war nicht meine Frage."
      - "So kommen wir nicht weiter."
    push_for_more:                # nach einem vorschnellen Rabatt (mindestens 2)
      - "Wenn so schnell Rabatt drin ist, was geht dann noch?"
      - "Dann war der erste Preis wohl nicht ernst gemeint."
    layers:                       # die verborgene Ursache, Schicht für Schicht; öffnet sich nur auf Fragen danach
      - id: budget-jahr
        reveal: "Es geht weniger um die Summe als darum, dass unser Budget für dieses Jahr fast aufgebraucht ist."
        keywords: [budget, jahr, summe, geld]
      - id: freigabe
        reveal: "Größere Ausgaben, ab 50.000 €, gibt nur unser Geschäftsführer frei – und der will vorher Ergebnisse sehen."
        keywords: [freigabe, geschäftsführer, genehmigung, entscheidet]
    resolution: "Start im Januar mit dem neuen Budget und vorher ein kleiner Pilot an zehn Maschinen."
    resolved_line: "Ein Pilot jetzt und der Vertrag ab Januar – damit kann ich zum Geschäftsführer gehen."
facts:                            # was der Kunde weiß und auf Nachfrage sagt (erkannt am Sinn, nicht am Wortlaut)
  - id: entscheider
    ask: "Wer hat bei dem Projekt das letzte Wort?"
    say: "Die Unterschrift setzt am Ende der Geschäftsführer; die Vorlage dafür schreibe ich."
  - id: heute
    ask: "Wie ist die Wartung heute bei Ihnen organisiert?"
    say: "Nach festen Intervallen, und den Rest reparieren wir, wenn etwas kaputtgeht."
  - id: wettbewerb
    ask: "Welche anderen Anbieter haben Sie sich angesehen?"
    say: "Wir hatten noch ein günstigeres Angebot, das aber nur neue Maschinen abdeckt."
  - id: erfolg
    ask: "Woran würden Sie den Erfolg messen?"
    say: "An weniger ungeplanten Stillständen, mindestens 20 % im ersten Jahr."
conditions:                       # woran ein „Ja, aber …“ hängt
  - "der Vertrag erst im Januar beginnt"
lines:
  "yes": "Einverstanden, so machen wir es."
  yes_but: "Im Prinzip ja – sofern {condition}."
  "no": "Unter diesen Umständen nehmen wir das Angebot nicht an."
  deflect: "Das lässt sich heute nicht beantworten, ein Punkt ist noch offen."
good_rep_script:                  # 5–8 Sätze eines starken Verkäufers (für Tests und Auswertungen)
  - "Danke für den klaren Hinweis. Woran genau stören Sie sich beim Preis?"
  - "Verstehe. Wie funktioniert die Freigabe in Ihrem Haus, wenn das Budget knapp ist?"
  - "Mein Vorschlag: ein kleiner Pilot an zehn Maschinen jetzt und der Vertrag ab Januar mit dem neuen Budget. So senken Sie die Stillstände um 20 %. Sind Sie damit einverstanden?"
  - "Danke. Protokoll und Vertragsentwurf mit Start im Januar schicke ich Ihnen morgen."
  - "Passt es Ihnen, wenn wir den Pilot nächste Woche gemeinsam planen?"
bad_rep_script:                   # 4–6 Sätze eines schwachen Verkäufers
  - "Unser Preis ist völlig marktüblich."
  - "Bei Unterschrift noch heute gebe ich Ihnen 15 % Nachlass."
  - "Ist der Preis wirklich das einzige Problem?"
  - "Also, unterschreiben wir heute?"
""",
    "en": """\
# Your own role-play scenario. Change the texts, keep the field names.
# Play it: coach roleplay --scenario-file my-scenario.yaml   (or upload it in the web tab "Role-play")
id: my-scenario                   # lower-case letters, digits and dashes
title: "My meeting: 'It's too expensive'"
language: en                      # de or en
difficulty: medium                # easy | medium | hard
patience: 5                       # how many replies without progress the buyer tolerates (2-10)
persona:                          # who sits across the table
  name: "Alex Example"
  role: "Head of Procurement"
  company: "Sample Manufacturing Inc."
  industry: "Manufacturing (400 employees)"
  temperament: "matter-of-fact, cautious, wants to see numbers"
deal:                             # what you offer and what it costs
  offer: "Maintenance platform for 120 machines"
  price: "$60,000 per year"
  term: "24 months"
  goals: ["Cut downtime by 20%"]
  business_case: "About $150,000 a year saved through less downtime"
opening: "Thanks for the presentation. Before we decide, there's something I need to raise."
objections:                       # in the order the buyer raises them
  - type: price                   # price | timing | authority | need | competitor | risk | contract_terms | it_readiness | status_quo
    statement: "Honestly, the price is above what we can justify."
    restatements:                 # when you only agree or talk around it (at least 2)
      - "As I said, the price is our problem."
      - "I'm sticking with it: that's too much money."
    hardened:                     # when you argue instead of asking (at least 2)
      - "I'm sure you think your price is fair. That wasn't my question."
      - "This isn't getting us anywhere."
    push_for_more:                # after a premature discount (at least 2)
      - "If a discount comes that quickly, what else is possible?"
      - "So the first price wasn't serious then."
    layers:                       # the hidden cause, layer by layer; opens only for questions about it
      - id: budget-year
        reveal: "It's less about the amount and more that this year's budget is almost used up."
        keywords: [budget, year, amount, money]
      - id: sign-off
        reveal: "Amounts above $50,000 go to our CEO for approval, who wants proof of results before that."
        keywords: [sign-off, approve, ceo, decides]
    resolution: "Start in January with the new budget, with a small pilot on ten machines before that."
    resolved_line: "A pilot now and the contract from January - that I can take to our CEO."
facts:                            # what the buyer knows and says when asked (matched by meaning, not by wording)
  - id: decision-maker
    ask: "In the end, whose decision is it?"
    say: "Our CEO signs; I prepare the decision."
  - id: current-solution
    ask: "How is maintenance planned today?"
    say: "By fixed intervals, and the rest we repair when something breaks."
  - id: competitors
    ask: "Which other vendors did you consider?"
    say: "We had a cheaper offer, but it only covers newer machines."
  - id: success-criteria
    ask: "How would you measure success?"
    say: "Less unplanned downtime: at least 20% within twelve months."
conditions:                       # what a "yes, but..." depends on
  - "the contract starts in January"
lines:
  "yes": "Good, let's do it that way."
  yes_but: "In principle yes, but only if {condition}."
  "no": "Under these circumstances we won't accept the offer."
  deflect: "Not yet: we have one point left to settle."
good_rep_script:                  # 5-8 lines of a strong rep (for tests and evaluations)
  - "Thank you for putting it so directly. What exactly makes the price feel too high?"
  - "I see. How does sign-off work on your side while money is tight?"
  - "Then here's my proposal: a small pilot on ten machines now and the contract from January with the new budget. That cuts your downtime by 20%. Can we agree on that?"
  - "Thank you. You'll get the minutes and the draft contract, starting in January, from me tomorrow."
  - "Would next week work to plan the pilot together?"
bad_rep_script:                   # 4-6 lines of a weak rep
  - "Our price is absolutely standard for the market."
  - "Sign today and I will take 15% off."
  - "Is the price really the only problem?"
  - "So, are we signing today?"
""",
}


def template(lang: str = "de") -> str:
    """Return the scenario template (YAML with comments) in the language."""
    return TEMPLATES["en" if lang == "en" else "de"]
