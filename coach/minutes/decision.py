"""The customer's decision: yes, yes-but (with conditions), no (with reasons) or pending, from cue lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coach.minutes.models import Decision, Outcome
from coach.minutes.patterns import Prefiltered, fast, split_sentences
from coach.text.lines import Line
from coach.text.negation import DEFERRAL, negated, negated_before, negated_just_before

_LABEL = fast(
    r"(?:(?P<neg>\bkeine|\bno)\s+)?\b(?:entscheidung|entsch\.|decision|ergebnis|outcome|result|fazit|verdict|beschluss|go/no-go|go-no-go)(?:\b|(?<=\.))(?:\s*(?:heute|today))?(?:\s+(?:ist|is|was|war|lautet))?\s*(?P<sep>[:=]|(?=\s+(?:ja|yes|nein|no|vertagt|postponed)\b))\s*",
    re.IGNORECASE,
)
_PENDING = fast(
    r"(keine\s+(?:entscheidung|entsch\.)(?!\s+(?:gegen|für)\b)|no\s+decision(?!\s+(?:against|for)\b)|"
    # a decision of one kind not taken: 'no award decision', 'no final decision', 'keine Vergabeentscheidung'
    r"\bno\s+(?!doubt\b|question\b|problem\b|change\b|objection\b)[\w-]+\s+decision\b(?!\s+(?:against|for)\b)|"
    r"\bkeine\s+(?:[\w-]+\s+)?\w+entscheidung\b(?!\s+(?:gegen|für)\b)|entscheidung\b[^.]{0,40}\b(?:nicht möglich|vertagt|verschoben|zurückgestellt)|"
    r"entscheidung\s+(?:ist\s+|bleibt\s+)?offen|entscheidung\s+(?:steht\s+(?:noch\s+)?|noch\s+)aus\b|decision\s+(?:is\s+)?(?:still\s+)?pending|"
    r"\bvertag(?:t|en|e)\b|\bpostpone[sd]?\b|\bdeferred\b|zurückgestellt|\bon hold\b|not (?:yet )?decided|noch nicht entschieden|"
    r"can(?:'|’|no)t sign off|cannot (?:decide|commit|sign)|\bcan(?:'|’)t commit\b|kann (?:das |es )?(?:heute )?nicht entscheiden|"
    r"no commitment|keine zusage|decide (?:next|in|after|once)|will decide|entscheid\w* (?:erst|im|nach|in der)|"
    r"revisit once|not ready to (?:decide|commit)|bedenkzeit|more time to (?:think|decide)|sleep on it|"
    r"\b(?:brauchen|benötigen|need)\s+(?:noch\s+)?(?:etwas\s+|a (?:bit|little) )?(?:mehr\s+|more\s+)?(?:zeit|time)\b|"
    r"noch (?:einmal )?(?:drüber )?(?:überlegen|nachdenken)|(?:will|'ll) get back to us|melden sich (?:bis|nach|im|in)|"
    r"(?:board|vorstand|aufsichtsrat|committee|gremium|geschäftsführung)\b[^.]{0,40}\b(?:entscheidet|decides|will decide)|"
    r"\bpark(?:ed|ing)?\s+(?:the|this|our|a)\s+decision\b|\bnot\s+(?:going\s+to\s+)?get\s+to\s+a\s+(?:yes|decision)\b|"
    r"\bmotion to table\b|\btabled\b|\bto table until\b|\bno decision\b[^.]{0,40}\bwas taken\b|"
    r"\bnot (?:yet )?in a position to (?:sign|decide|commit|approve|say yes)\b|"
    r"\bnicht in der lage\b[^.]{0,30}\b(?:zu entscheiden|zu unterschreiben|zuzusagen|freizugeben)\b|"
    # 'ich entscheide das heute nicht', "I can't promise anything", 'we are parking it'
    r"\bentscheide[nt]?\s+(?:(?:das|es|dies|darüber|heute|jetzt|hier|noch)\s+){0,3}nicht\b|"
    r"\b(?:can(?:'|’|no)t|cannot)\s+promise\b|\bkann\s+(?:\w+\s+)?nichts\s+versprechen\b|"
    r"\bpark(?:ed|ing)\s+it\b)",
    re.IGNORECASE,
)
_NEGATIVE = fast(
    r"((?<![/\w-])no[- ]go\b(?![-/])(?!\s+(?:zones?|areas?|bereich\w*|list\w*|criteri\w*|kriteri\w*)\b)|"
    # keeping what they have instead: 'motion to extend the existing hosting contract', 'den bestehenden Vertrag verlängern'
    r"\bextend\w*\s+(?:the\s+|our\s+|their\s+)?(?:existing|current|incumbent)\s+(?:[\w-]+\s+){0,2}(?:contract|"
    r"agreement|licen[cs]es?|subscription|solution|system)\b|\b(?:bestehenden|aktuellen|bisherigen)\s+[\w-]*vertrag\w*"
    r"\s+(?:\w+\s+){0,3}(?:zu\s+)?verlängern\b|"
    r"\b(?:do|did|will|can|could)\s*(?:not|n't)\s+say\s+yes\s+to\b|\babgelehnt\b|\blehnt\w*\b.{0,40}\bab\b|gegen uns entschieden|gegen das angebot|"
    r"für (?:den |die |einen )?(?:anderen|einen anderen) anbieter|für (?:den |die |einen )?(?:wettbewerb|konkurren|mitbewerb)\w*|"
    r"(?:go|going|went) with (?:the other|another|a different|a competing|the competitor|a competitor)|"
    r"decided against|\bdecides against\b|\bdeclined\b|\brejected\b|turn(?:ed)? (?:us |it )?down|not (?:going to )?(?:proceed|move forward|go ahead|buy)|"
    r"won't (?:proceed|go ahead|buy)|lost (?:the deal|to)|we lost\b|chose (?:the other|another|a competitor)|"
    r"entscheidung\s*(?:ist|fiel)?\s*(?:gegen|negativ)|\babsage\b(?!-)|kein interesse|not interested|"
    r"nicht für (?:sie|euch|uns) entschieden|\bgegen\b[^.]{0,40}\bentschieden|dagegen entschieden|"
    r"decided (?:not to|to not) (?:proceed|go ahead|buy|move forward|continue)|\bentscheid\w*\s+(?:sich|uns|mich)\s+gegen\b|"
    r"\b(?:zuschlag|auftrag|award|contract)\b[^.;]{0,30}\b(?:erhält|erhielt|bekommt|bekam|geht an|ging an|goes to|"
    r"went to|awarded to|is awarded to|was awarded to)\s+(?:der|die|den|dem|ein\w*|the|a|an)?\s*(?:andere\w*|"
    r"mitbewerb\w*|wettbewerb\w*|konkurren\w*|other|another|competing|competitor|rival)|"
    r"\b(?:vergabe|vergibt|vergeben|awards?|awarded)\b[^.;]{0,40}\b(?:an|to)\s+(?:den|die|einen|eine|the|a|an)?\s*"
    r"(?:andere\w*|mitbewerb\w*|wettbewerb\w*|konkurren\w*|other|another|competing|competitor|rival)|"
    r"\b(?:agreed|decided|resolved|voted)\b(?:\s+\w+){0,2}\s+(?:not to|to not)\s+(?:award|proceed|go ahead|buy|purchase|procure|"
    r"sign|move forward|continue|appoint|select)\b|entscheiden uns gegen|it(?:'s| is) a no\b|(?:ist )?(?<![kK])ein (?:klares )?nein\b|"
    r"\b(?:wird|werden|wollen)\b[^.]{0,60}\bnicht\s+(?:beschaffen|kaufen|einführen|bestellen|beauftragen|umsetzen)\b|"
    r"\b(?:will not|won't|wont)\s+(?:buy|purchase|procure|go forward|move forward|proceed)\b|\bnot go forward\b|"
    r"(?:stick|stay)s? with (?:their|the) (?:current|existing|incumbent)|bleiben (?:beim|bei (?:ihrem|dem)) (?:bisherigen|aktuellen)|"
    r"(?:decided|entschieden)\b.{0,30}\b(?:in-house|intern(?:e|en)? lösung|eigenentwicklung|selbst zu bauen)|"
    r"\b(?:wird|werden)\s+nicht\b[^.]{0,60}\b(?:erteilt|vergeben|beauftragt|eingeführt|beschafft|gekauft|bestellt)\b|"
    r"\b(?:won't|will not|wont)\s+be\s+(?:moving forward|proceeding|going ahead|buying|signing)\b|"
    r"\b(?:decided|chose|opted)\s+to\s+(?:go|stay|stick)\s+with\s+(?:their|the)\s+(?:incumbent|existing|current)\b|"
    r"\bnot be proceeding\b|\bnot proceeding\b|\b(?:motion|resolution|antrag)\s+(?:was\s+|is\s+)?(?:lost|fell|falls|fails)\b|\bnot\s+(?:to\s+)?continue\s+with\b|\b(?:motion|antrag)\b[^.]{0,120}\b(?:failed|defeated|rejected|abgelehnt)\b|"
    r"\blehnt\w*\b[^.]{0,80}\bab\b|\bnicht\s+(?:mehr\s+)?weiter(?:zu)?(?:verfolgen|verfolgt)\b|\bnicht\s+weiter\s+zu\s+verfolgen\b|\bextend our current\b|"
    # consent refused: 'verweigert die Zustimmung', 'withholds its approval', 'Zustimmung wird versagt'
    r"\b(?:verweiger\w*|versag\w*|refus\w*|withh[eo]ld\w*)\b[^.;]{0,40}\b(?:zustimmung|consent|approval|genehmigung|"
    r"freigabe)\b|\b(?:zustimmung|consent|approval|genehmigung|freigabe)\b[^.;]{0,30}\b(?:verweigert|versagt|"
    r"refused|withheld)\b|"
    # the award not given to them: 'Der Zuschlag geht nicht an …', 'the contract is not awarded to …'
    r"\b(?:zuschlag|auftrag|award|contract)\b[^.;]{0,40}\b(?:geht|ging|gehen|goes|went)\s+nicht\s+an\b|"
    r"\b(?:is|was|will)\s+not\s+(?:be\s+)?awarded\s+to\b|"
    r"\bnot\s+(?:be\s+)?going\s+(?:ahead|forward)\b|"
    r"\b(?:motion|resolution|antrag|beschlussvorlage)\b[^.]{0,60}\b(?:was|is|wurde|ist)\s+(?:not|nicht)\s+"
    r"(?:carried|passed|adopted|approved|angenommen)\b|\b(?:not|nicht)\s+(?:carried|angenommen)\s*[.;]|"
    r"\b(?:decision|entscheidung)\s+(?:is|was|ist|lautet|war)\s*:?\s*(?:a\s+|ein\s+)?(?:clear\s+|klares\s+)?"
    r"(?:no|nein)\b|"
    # 'haben entschieden, X nicht einzuführen', 'beschlossen, dass wir X nicht kaufen'
    # the negation may stand before the recipient: 'beschließt, den Auftrag nicht an die X GmbH zu vergeben'
    r"\b(?:entschieden|beschlossen|beschließt|beschließen)\b[^.;]{0,80}\bnicht\s+(?!nur\b|mehr\s+als\b)(?:[\w.&-]+\s+){0,6}?(?:einzuführen|"
    r"einführen|zu kaufen|kaufen|zu beschaffen|beschaffen|zu bestellen|bestellen|zu beauftragen|beauftragen|"
    r"umzusetzen|zu vergeben|vergeben)\b|\bführ(?:en|t)\b[^.;]{0,60}\bnicht\s+ein\b|"
    r"\b(?:müssen|muss)\s+(?:(?:wir|ich|leider|ihnen|euch|dir)\s+){0,3}absagen\b|"
    # a motion that says no: 'MOTION … not to award …', 'Antrag, den Auftrag nicht zu vergeben'
    r"\b(?:motion|antrag|resolution|beschlussvorlage)\b[^.]{0,120}\b(?:not\s+to|nicht\s+zu)\s+(?:award|proceed|"
    r"purchase|buy|procure|sign|adopt|approve|appoint|select|renew|go\s+ahead|vergeben|beauftragen|beschaffen|kaufen|"
    r"bestellen|unterzeichnen)\b)",
    re.IGNORECASE,
)
_POSITIVE = fast(
    r"(ja gesagt|klar ja|\bzugesagt\b|sagte\w* (?:dann |klar |heute )?zu\b|\bsagt zu\b|"
    r"(?:klare|mündliche|feste|verbindliche) zusage|hat (?:uns )?(?:die |eine |ihre |seine )?zusage|zusage (?:erteilt|gegeben)|"
    r"wir machen (?:das|es)\b|(?:^\W*|\b(?:ok(?:ay)?|gut|dann|ja|also)\W+)machen wir(?:\s+(?:das|es|so))?\s*(?:[.!]|$)|"
    r"auftrag erteilt|\bwir machen(?:'|’)?s\b(?!\s+nicht)|\bgo f(?:ü|ue)r\b|"
    r"\b(?:it|es)(?:'s|’s| is| ist) (?:a |ein )?(?:klares |clear )?(?:yes|ja)\b|\bist es ein (?:klares )?ja\b|"
    # an award granted, passive: 'Der Zuschlag wurde der X GmbH erteilt', 'der Auftrag ist erteilt'
    r"\b(?:zuschlag|auftrag)\s+(?:[\w.&-]+\s+){0,6}?(?:wird|wurde|ist|wurden|sind)\b"
    r"(?:(?!\b(?:nicht|kein\w*|noch|andere\w*|wettbewerb\w*|mitbewerb\w*|konkurren\w*)\b)[^.;]){0,80}?"
    r"\berteilt\b(?!\s+(?:werden|sein)\b)|"
    # shorthand, no auxiliary: 'Zuschlag an die X GmbH erteilt.'
    r"^\W*(?:der\s+)?(?:zuschlag|auftrag)\s+(?:an|für)\s+(?:(?!\b(?:nicht|kein\w*|noch|andere\w*|wettbewerb\w*|"
    r"mitbewerb\w*|konkurren\w*)\b)[^.;]){1,80}?\b(?:erteilt|vergeben)\s*(?:[.;(]|$)|"
    # 'wir sind dabei!' (we're in), the clause ending there; 'Go mit Bedingungen', 'go with conditions'
    r"\b(?:wir\s+sind|sind\s+wir)\s+dabei\s*(?:[!.;]|$)|\bgo\s+(?:mit|with|unter|under)\s+(?:\w+\s+)?"
    r"(?:bedingung\w*|conditions?|auflage\w*|vorbehalt\w*|caveats?)\b|"
    r"\b(?:yes|ja)\s+in\s+principle\b|\bsag(?:en|t|e)\s+(?:(?!nicht\b|kein\w*)\w+\s+){0,2}ja\s+zu[mr]?\b|"
    r"\b(?:hat|haben)\s+(?:(?!nicht\b|noch\b|kein\w*)[\w-]+\s+){0,12}zugestimmt\b|"
    # the wish to work with them: 'Wir wollen das mit Ihnen machen', 'we want to work with you'
    r"\b(?:wir\s+wollen|wir\s+möchten)\s+(?:das\s+|es\s+)?mit\s+(?:ihnen|euch)\s+(?:\w+\s+)?(?:machen|umsetzen|"
    r"zusammenarbeiten|arbeiten)\b|\bwe\s+(?:want|would\s+like)\s+to\s+(?:work|partner|go\s+ahead)\s+with\s+you\b|"
    r"\b(?:mov(?:e|es|ing)|press(?:es|ing)?) ahead with\b|"
    r"\bbeschließt\s+(?:einstimmig|mehrheitlich)\b|"
    r"\b(?:hat|haben)\s+(?:(?!nicht|noch|kein\w*)\w+\s+){0,3}(?:unterschrieben|unterzeichnet)\b|\berteil(?:en|t)\s+(?:wir\s+)?(?:ihnen\s+|euch\s+)?(?:hiermit\s+)?den\s+auftrag\b|grünes licht|green light|go(?:es|ing)?[- ]ahead|"
    r"(?:decided|decision) to (?:go|proceed) with (?:you|us)|chose us|we(?:'re| are) in\b(?!\s+(?:the|a|an|our|their|this|that|no|talks|touch|discussion)\b)|let's do (?:it|this)|"
    r"we(?:'ll| will) do it|(?:approved|accepted) (?:the|our) (?:offer|proposal)|angebot angenommen|für uns entschieden|"
    r"said yes|gave (?:us )?(?:the|a) (?:clear )?yes|(?:verbal|oral|mündliche[sn]?)\s+(?:yes|ja|ok|go)\b|"
    r"(?:go|going) with (?:you|us)\b|we(?:'ll| will) (?:take|sign|buy) it|"
    r"move forward with (?:us|you|the)|proceed(?:ing)? with (?:us|you|the (?:offer|proposal|project|rollout))|"
    r"den zuschlag|zuschlag (?:erhalten|bekommen)|freigabe (?:erteilt|gegeben)|signed off on|committed to (?:the|our|us)|"
    r"(?:signed|unterschrieb\w*|unterzeichne\w*) (?:the |den |das |die )?(?:order|contract|vertrag|bestellung|auftrag|"
    r"msa\b|master (?:services? )?agreement|rahmenvertrag|hauptvertrag)|"
    # 'Grundsätzlich ja', 'in principle, yes'; 'you have our yes', 'Sie haben unser Ja'
    r"\b(?:grundsätzlich|prinzipiell|im grundsatz|in principle|basically)\W+(?:ja|yes)\b|"
    r"\b(?:have|has|got|gave|give|haben|hat|bekommen|bekommt)\s+(?:you\s+|sie\s+)?(?:our|their|his|her|unser\w*|"
    r"ihr\w*|sein\w*)\s+(?:clear\s+|firm\s+|klares\s+|festes\s+)?(?:yes|ja|go)\b|"
    r"\bwir wollen (?:das|es) (?:machen|umsetzen|einführen)\b|"
    # 'Die Beschaffung ist damit beschlossen.', 'Der Kauf wurde so beschlossen;': a passive resolution, clause end
    r"\b(?:ist|sind|wurde|wurden)\s+(?:(?!nicht\b|noch\b|kein\w*)\w+\s+){0,3}beschlossen\s*(?:[.;!]|$)|"
    # 'Yes, we want <vendor>', 'Ja, wir wollen das': a yes said as wanting it
    r"(?<![\w-])(?:yes|ja)\s*[,!]\s*(?:we|wir)\s+(?:want|wollen)\s+(?!to\b|zu\b|noch\b|erst\b|mehr\b|more\b|first\b)|"
    # 'Vertrag heute unterschrieben', 'contract signed this morning': the noun first, shorthand
    r"\b(?:vertrag|hauptvertrag|rahmenvertrag|lizenzvertrag|kaufvertrag|contract|agreement|order form|bestellung|"
    r"auftrag)\b\s+(?:(?!(?:nicht|not|noch|kein\w*|wird|werden|soll\w*|muss|müssen|will|to|be|must|should|"
    r"expected|erwartet|never|nie|bald|soon|dann|then)\b)[\w.]+\s+){0,3}(?:unterschrieben|unterzeichnet|gezeichnet|"
    r"signed)\b(?!\s+(?:werden|sein|wird)\b)|"
    # board and buyer minutes: an approved motion, a resolution, an award
    r"\b(?:motion|resolution|antrag|beschlussvorlage|resolved\s+that)\b[^.]{0,240}\b(?:carried|passed|adopted|approved|angenommen|"
    r"beschlossen|genehmigt)\b|"
    # an approval said as such: 'the board approved <product>', 'was unanimously approved', 'genehmigt den Kauf'
    r"\bapprov(?:ed|es)\s+(?-i:[A-Z][\w-]+)|(?<!budget )\b(?:was|were|has been|have been|unanimously|formally|officially)\s+"
    r"approved\b|\b(?:genehmigt|bewilligt|genehmigen|bewilligen)\b(?!\s+(?:werden|sein|wird|lassen)\b)|"
    r"\b(?:yes to|ja zu[mr]?)\s+(?:the|all|our|your|both|each|dem|der|den|allen|beiden)\b|"
    r"\bcarried\b\s*(?:unanimously|\(?\d+\s*[-–:]\s*\d+)|\beinstimmig\b[^.]{0,20}\b(?:beschlossen|angenommen|zugestimmt)|"
    r"\b(?:beschließt|beschlossen|stimmt|stimmen)\b[^.]{0,160}\b(?:zu|vergabe|beauftragung|einführung|anschaffung|"
    r"beschaffung)\b|\bwill\s+(?:now\s+)?proceed\s+with\b|"
    r"\bapprov\w*\s+(?:the\s+)?(?:adoption|introduction|implementation|procurement|roll-?out)\s+of\b|"
    r"\b(?:approves|approved|approve)\s+(?:the\s+)?(?:purchase|contract|award|rollout|roll-out|proposal|offer|agreement|"
    r"vendor|selection|recommendation|project|investment)|\bagreed to (?:award|proceed|purchase|buy|sign)|"
    r"\baward(?:ed|s)? (?:the )?contract\b|\bbeauftragen\b|\bbeauftragt\b[^.]{0,40}\bverbindlich|"
    r"\bwir nehmen\b|\bfreigegeben\b|\bgo (?:für|for|from)\b|\b(?:we|wir) go with\b|\bwe(?:'re| are) going with\b|"
    r"\bdecision\W{1,3}go\b|^\W*go\b(?![-/])(?=\s*(?:[:!.,;]|$|unter\b|mit\b|with\b|subject\b|für\b|for\b|von\b|from\b))|\bconditional approval\b|^\W*(?:zusage|go)\s*!|(?-i:\bGO\b)|"
    r"\bgibt\b[^.]{0,80}\bfrei\b|\bwir wollen\b[^.]{0,60}\b(?:einführen|kaufen|umsetzen|bestellen)\b|"
    r"\bwe want to (?:roll out|buy|go ahead|proceed|implement)\b|"
    r"\b(?:bestätige ich|bestätigen wir|hiermit bestätig\w*|(?:I|we) (?:hereby )?confirm)\b[^.]{0,80}"
    r"\b(?:beauftragung|auftrag|bestellung|zusage|order|purchase|award|appointment)\b|"
    r"\b(?:wird|werden)\b(?:(?!\bnicht\b|\bkein)[^.]){0,60}\b(?:eingeführt|beschafft|gekauft|bestellt|beauftragt|vergeben)\b|\bentscheid\w* sich\b[^.]{0,30}\bfür\b|"
    r"\b(?:the )?answer(?:'s| is) yes\b|(?-i:\bYES\b)|\bapproves the\b|^\W*zusage\s*:|"
    r"\b(?:decision|entscheidung)\s+(?:is|was|ist|lautet|war)\s*:?\s*(?:a\s+|ein\s+)?(?:clear\s+|klares\s+)?"
    r"(?:yes|ja|go)\b)",
    re.IGNORECASE,
)
_EXPLICIT_PENDING = re.compile(
    r"(keine\s+entscheidung|no\s+decision|vertagt|postponed|deferred|"
    rf"\b(?:entscheidung|beschluss|decision)\b[^.]{{0,40}}\b(?:{DEFERRAL}))",
    re.IGNORECASE,
)
_LEAD_YES = re.compile(
    r"^\W*(?:ja|yes|positiv|positive|zusage|go|approved|accepted|agreed|angenommen|genehmigt|zustimmung|zugestimmt|"
    r"freigegeben|beschlossen|signed|unterschrieben|unterzeichnet)\b",
    re.IGNORECASE,
)
_LEAD_NO = re.compile(
    r"^\W*(?:nein|no|negativ|negative|absage|abgelehnt|dagegen|against|declined|lost|verloren|kein\w*)\b",
    re.IGNORECASE,
)
_LEAD_PENDING = re.compile(
    r"^\W*(?:keine(?!\s+(?!entscheidung|entsch\.|zusage)\w)|kein(?:er|es)(?=\s*(?:[-–—,.;:(]|$))|none|vertagt|postponed|offen|open|pending|"
    r"noch offen|deferred|no decision|not yet|noch nicht)\b",
    re.IGNORECASE,
)
_YES_WORD = re.compile(r"(?<![\w-])(?:ja|yes)\b", re.IGNORECASE)
_NO_WORD = re.compile(r"(?<![\w-])(?:nein|no)\b(?![-.]?\s?\d)", re.IGNORECASE)
_UNCONDITIONAL = re.compile(
    r"(without (?:any )?(?:reservations?|conditions?)|ohne (?:jede[n]? )?(?:vorbehalte?|bedingungen?|einschränkung\w*)|"
    r"unconditional\w*|uneingeschränkt|\bkeine\s+(?:weiteren\s+)?(?:bedingungen|vorbehalte|auflagen)\b|"
    r"\bno\s+(?:further\s+)?(?:conditions|strings(?:\s+attached)?|caveats|reservations)\b|"
    r"\b(?:weitere\s+)?(?:bedingungen|vorbehalte|auflagen)\s+(?:gibt\s+es|bestehen|hat\s+\w+)\s+(?:\w+\s+)?nicht\b)",
    re.IGNORECASE,
)
CONDITION = fast(
    r"(ja,?\s*aber|yes,?\s*but|unter\s+(?:der\s+)?bedingung|unter\s+(?:\w+\s+){1,3}bedingungen|mit\s+(?:\w+\s+){0,3}bedingung(?:en)?|"
    r"\bbedingung(?:en)?\s*:|vorausgesetzt(?:,?\s*dass)?|\bsofern\b|nur,?\s+(?:wenn|mit|falls|unter)|unter\s+(?:dem\s+|einem\s+)?vorbehalt|"
    r"mit\s+(?:\w+\s+)?vorbehalt(?:en)?|provided,?\s+(?:that\s+)?|subject\s+to|as long as|on (?:the )?condition(?:\s+that)?|"
    r"only if|but only|conditional(?:ly)?\s+(?:on|upon)|with (?:\w+\s+){1,3}conditions|\bconditions?\s*:|"
    r"with reservations|vorbehaltlich|(?:ja|yes),?\s+(?:wenn|falls|if)\b|abhängig von|hängt (?:noch )?(?:an|von)|"
    r"depends on|dependent on|contingent (?:on|upon)|caveats?\b|\bpending\b|once\s+\w+\s+(?:is|are|has|have)\b|"
    r"\bunter\s+(?:der|den)?\s*(?:\w+\s+){0,3}voraussetzung(?:en)?\b|"
    r"conditional approval|(?<!no )strings attached|\b(?:aber\s+)?erst\s+(?:wenn|sobald|nachdem)\b|"
    r"\bbut\s+only\s+(?:once|when|after)\b|a [\"'„“]?but[\"'”“]?|aber nur\b|unter (?:der )?auflage|mit auflagen|zwei bedingungen|two conditions)",
    re.IGNORECASE,
)
_REASON_LEAD = re.compile(
    r"(gründe?\s*(?:lt\.|laut|von|given by)?[^:]{0,30}:|reasons?\s*(?:given\s+by\s+[^:]{1,40})?:|\bweil\b|\bdenn\b|"
    r"\bwegen\b|\bbecause\b(?:\s+of)?|\bdue to\b|\bsince\b)\s*",
    re.IGNORECASE,
)
_LEARNING = re.compile(
    r"^(?:warum wir\??|why us\??|gründe für (?:uns|sie)|reasons? (?:for|why) (?:us|they chose us)|feedback(?: an uns| to us)?)\s*[:?]?\s*(?:laut \w+:|lt\. \w+:|according to \w+:)?\s*",
    re.IGNORECASE,
)
_SPEAKER_PREFIX = re.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*\s*){1,3}:\s*[\"„“]?")


@dataclass
class _Statement:
    outcome: Outcome
    text: str
    line: Line
    index: int
    labelled: bool


def _positive_cue(text: str) -> bool:
    """Return True for a positive cue that is neither negated nor still awaited just before it ('hat noch nicht
    zugesagt', 'hold till green light')."""
    return any(
        not negated_before(text, m.start())
        and not _AWAITED.search(text, max(0, m.start() - 30), m.start())
        and not _WHETHER.search(text, max(0, m.start() - 60), m.start())
        for m in _POSITIVE.finditer(text)
    )


# a yes only asked about: 'Ich kläre, ob der Vertrag unterschrieben ist', 'check whether the order was signed'
_WHETHER = re.compile(r"\b(?:ob|whether)\b[^.;:!?]{0,60}$", re.IGNORECASE)


# a yes still waited for: 'hold till green light', 'until the go', 'warten auf grünes Licht', 'bis zur Freigabe'
_AWAITED = re.compile(
    r"\b(?:till|until|awaiting|waiting\s+for|wait\s+for|warten\s+auf|wartet\s+auf|bis\s+(?:zum|zur))\s+"
    r"(?:the\s+|a\s+|their\s+|das\s+|dem\s+|die\s+|der\s+|ihr\w*\s+)?$",
    re.IGNORECASE,
)


_REFUSAL_AFTER = re.compile(r"\s+(?:nicht|not)\s*(?:[.,;:!)\"“”]|$)", re.IGNORECASE)
# a German main clause that ends in 'nicht' negates its verb: 'Wir machen das dieses Jahr nicht.'
_CLAUSE_END_NOT = re.compile(
    r"(?:\s+(?!(?:aber|sondern|und|oder|wenn|falls|nur|noch|erst|bisher|mehr)\b)[\w-]+){1,6}?\s+nicht\s*(?:[.;!)\"“”]|$)",
    re.IGNORECASE,
)


def _refused(text: str) -> bool:
    """Return True for a yes-phrase negated right after it, ending the clause ('wir machen das nicht.')."""
    return any(
        _REFUSAL_AFTER.match(text, m.end()) or _CLAUSE_END_NOT.match(text, m.end())
        for m in _POSITIVE.finditer(text)
    )


def _negative_cue(text: str) -> bool:
    """Return True for a negative cue that is not itself negated ('bitte nicht als Absage verstehen')."""
    return any(not negated_just_before(text, m.start()) for m in _NEGATIVE.finditer(text))


# a labelled decision whose verb is buying or ordering: present tense or 'will', not negated just before it
_BUYS = re.compile(
    r"\b(?:kauf(?:t|en)|bestell(?:t|en)|beschaff(?:t|en)|erwirb(?:t)?|erwerben|"
    r"buys|purchases|orders|procures|will (?:buy|purchase|order|procure|license|licence)|"
    # an award or a commission: 'X vergibt … an Y', 'Vergabe an Y', 'X beauftragt Y mit …', 'awards … to'
    r"vergib(?:t)?|vergeben|vergabe\s+an|beauftrag(?:t|en)|awards?|appoints?|selects?)\b|"
    r"\bführ(?:en|t)\b(?:(?!\b(?:nicht|kein\w*)\b)[^.;]){0,80}?\bein\b(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:nicht|not)\b", re.IGNORECASE)


def _buys(text: str) -> bool | None:
    """Return True when a decision line says the customer buys or orders, False when it says they do not, else None."""
    verdict = None
    for m in _BUYS.finditer(text):
        if negated_before(text, m.start()) or _NOT_AFTER.match(text, m.end()):
            verdict = False
        else:
            return True
    return verdict


# hearsay about a signature or a yes: it may have happened, nobody has seen it — no decision statement
_HEARSAY = re.compile(
    r"\b(?:i believe|i think|may have|might have|not sure|unsure|haven't seen|have not seen|hasn't seen|"
    r"angeblich|vermutlich|möglicherweise|nicht gesehen|nicht sicher|soll schon)\b|"
    # a yes only expected or hoped for: 'hatten gehofft, dass …', 'we had expected to …'
    r"\b(?:erwartet|gehofft|expected|hoped|hoffen|hope)\b,?\s+(?:dass|that|to)\b|"
    r"\b(?:hatte|hatten|had)\b(?:\s+\w+){0,3}\s+(?:erwartet|gehofft|expected|hoped)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def classify(text: str, labelled: bool = False) -> Outcome | None:
    """Return the outcome a decision statement expresses, or None when it has no decision cue."""
    plain = _masked(_SIDE_PAPER.sub(" paperwork ", _GO_NO_GO.sub(" ", _UNCONDITIONAL.sub(" ", text))))
    if not labelled and _HEARSAY.search(plain) and not _negative_cue(plain) and not _PENDING.search(plain):
        return None
    if labelled and _GATED_START.search(plain):
        return "positive_with_conditions"  # 'Decision: no go-live unless the pen test is clean'
    if labelled:
        if _LEAD_PENDING.match(plain):
            return "pending"
        if _LEAD_NO.match(plain):
            return "negative"
        if _LEAD_YES.match(plain):
            return "positive_with_conditions" if CONDITION.search(plain) else "positive"
        if _MARK_NO.match(plain) and not _PENDING.search(plain):
            return "negative"  # a red cross before the decision on a wiki page
    if _PENDING.search(plain):
        return "pending"
    if vote := _vote_count(plain):
        return "positive_with_conditions" if vote == "positive" and CONDITION.search(plain) else vote
    if _negative_cue(plain) or _refused(plain) or (labelled and _first_word_is(plain, _NO_WORD)):
        return "negative"
    positive = (
        _positive_cue(plain)
        or (labelled and _first_word_is(plain, _YES_WORD))
        or (labelled and bool(_MARK_YES.match(plain)))
        or (labelled and bool(_WANT.match(plain) or _WANTS_TO_BUY.search(plain)))
    )
    if not positive and CONDITION.search(plain) and re.search(r"\b(ja|yes)\b", plain, re.IGNORECASE):
        positive = True
    if not positive and _SIGNED_PASSIVE.search(plain) and not _OUR_SIGNATURE.search(plain):
        positive = True  # 'Der Vertrag (Leistungsbeschreibung, …) wurde in der Sitzung von X unterzeichnet.'
    if (
        positive
        and _OUR_SIGNATURE.search(plain)
        and len(_SIGNED_WORD.findall(plain)) == 1
        and not _positive_cue(_SIGNED_WORD.sub(" ", plain))
    ):
        positive = False  # 'Der Vertrag wurde von uns unterschrieben': our signature only, not their yes
    buys = _buys(plain) if labelled and not positive else None
    if buys is False:
        return "negative"  # 'Beschluss: Wir kaufen das Modul vorerst nicht.'
    if buys:
        positive = True  # 'Beschluss: Nordholz kauft die Suite' / 'Decision: the district buys the licences'
    if not positive and labelled and _YES_BUT.search(plain):
        return "positive_with_conditions"  # 'Entscheidung: X wird eingeführt, aber nur unter Bedingungen'

    if positive:
        return "positive_with_conditions" if CONDITION.search(plain) else "positive"
    return None


# the contract (or order) said to be signed, in the passive, the parts it covers in brackets between:
# 'Der Rahmenvertrag (…) wurde in der Sitzung von X unterzeichnet', 'The agreement was signed by both parties'
_SIGNED = r"\b(?:unterzeichnet|unterschrieben|gezeichnet|signed|countersigned|gegengezeichnet)\b"
_SIGNED_PASSIVE = re.compile(
    r"\b(?:\w*vertrag|contract|agreement|order\s+form|bestellung)\b(?:\s*\([^()]{0,240}\))?"
    r"(?:(?!\b(?:nicht|noch|kein\w*|not|yet|never|wird|werden|soll\w*|will|muss|must|to\s+be)\b)[^.;?()]){0,80}?"
    r"\b(?:wurde|wurden|ist|sind|was|were|has\s+been|have\s+been)\b"
    r"(?:(?!\b(?:nicht|noch|kein\w*|not|yet|never)\b)[^.;?]){0,100}?"
    + _SIGNED
    + r"(?!\s+(?:werden|sein|wird)\b)",
    re.IGNORECASE,
)
_SIGNED_WORD = re.compile(_SIGNED, re.IGNORECASE)
# our own signature only: 'von uns unterschrieben', 'signed by us', 'on our side'
_OUR_SIGNATURE = re.compile(
    r"\b(?:von\s+uns|unsererseits|von\s+unserer\s+seite|by\s+us|(?:on\s+)?our\s+side|on\s+our\s+behalf|by\s+our)\b",
    re.IGNORECASE,
)


# a decision marked by a symbol, as wiki pages and trackers write it: a cross for a no, a tick for a yes
_MARK_NO = re.compile(r"^\s*(?:❌|✗|✘|⛔|🛑|👎|\((?:x|n)\))", re.IGNORECASE)
_MARK_YES = re.compile(r"^\s*(?:✅|✔|☑|👍|\((?:/|y)\))", re.IGNORECASE)
# a vote with its count in words: '5 in favour, 2 against', '3 for, 4 against', '5 dafür, 2 dagegen'
_COUNTS = (
    r"\b(\d+)\s*(?:for|in\s+favou?r|dafür|ja-stimmen|pro)\b[^.;\d]{0,20}?"
    r"\b(\d+)\s*(?:against|dagegen|gegenstimmen|contra)\b"
)
# a vote with its count as yes and no: '5 Ja / 1 Nein / 1 Enthaltung', '4 yes, 2 no', 'Ja: 5, Nein: 1'
_COUNTS_YES_NO = (
    r"\b(\d+)\s*(?:ja|yes|ayes?)\b[^.;\d]{0,20}?\b(\d+)\s*(?:nein|no|nays?|noes)\b(?![-\w])|"
    r"\b(?:ja|yes|ayes?)\s*[:=]\s*(\d+)[^.;\d]{0,20}?\b(?:nein|no|nays?|noes)\s*[:=]\s*(\d+)"
)
_COUNT = re.compile(_COUNTS, re.IGNORECASE)
_COUNT_YES_NO = re.compile(_COUNTS_YES_NO, re.IGNORECASE)
# a point inside a number or an abbreviation ('12.500 EUR p.a.', '1.5m') ends no clause
_NUMBER_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_ABBREVIATION = re.compile(
    r"\b(?:p\.a|z\.\s?b|u\.a|d\.h|e\.g|i\.e|inkl|incl|excl|exkl|zzgl|ca|approx|nr|bzw|ggf|evtl|vs)\.",
    re.IGNORECASE,
)


def _masked(text: str) -> str:
    """Return a text whose points inside numbers and abbreviations are a look-alike, so clause windows span them."""
    text = _NUMBER_POINT.sub("\u2024", text)
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\u2024"), text)


def _vote_count(text: str) -> Outcome | None:
    """Return the outcome a counted vote gives (more for than against carries), or None without a count."""
    m = _COUNT.search(text) or _COUNT_YES_NO.search(text)
    if not m:
        return None
    yes, no = (int(g) for g in m.groups() if g is not None)
    if yes == no:
        return None
    return "positive" if yes > no else "negative"


# 'no go-live unless …', 'kein Go-Live ohne …': the start waits for a condition — a yes-but, not a no
_GATED_START = re.compile(
    r"^\W*(?:no|kein\w*)\s+(?:go-?live|roll-?out|start|signature|unterschrift|produktivstart|einführung)\s+"
    r"(?:unless|without|until|before|ohne|bis|bevor|solange)\b(?!\s+(?:next|nächst\w*|end|ende|\d))",
    re.IGNORECASE,
)


# a decision line that says the customer wants it ('Entscheidung: Wir wollen das System.', 'Decision: we want it')
_WANT = re.compile(
    r"^\W*(?:wir\s+wollen|we\s+want|we(?:'d| would)\s+like)\b(?![^.;]{0,60}\b(?:nicht|kein\w*|not|no|noch|more|"
    r"mehr|abwarten|warten|wait|think|überlegen|prüfen|check|review)\b)",
    re.IGNORECASE,
)
# a decision line where the buyer wants to introduce or buy it ('Entscheidung: Die Stadtwerke wollen X einführen')
_WANTS_TO_BUY = re.compile(
    r"\b(?:wollen|will|möchten|möchte|want to|wants to)\b(?:(?!\b(?:nicht|kein\w*|not|noch|erst|later)\b)[^.;]){0,60}"
    r"\b(?:einführen|kaufen|bestellen|beauftragen|umsetzen|buy|purchase|implement|roll out|go ahead)\b",
    re.IGNORECASE,
)
_YES_BUT = re.compile(
    r"\b(?:unter|mit|under|with|on)\b[^.;]{0,30}\b(?:bedingung\w*|conditions?|auflage\w*|vorbehalt\w*)\b|"
    r"\bsubject to\b|\baber nur\b|\bbut only\b|\bprovided that\b|\bvorbehaltlich\b",
    re.IGNORECASE,
)


def _first_word_is(text: str, word: re.Pattern[str]) -> bool:
    """Return True when ja/yes or nein/no occurs among the first words of a labelled statement."""
    head = " ".join(text.split()[:6])
    return bool(word.search(head))


def _table_cells(text: str) -> list[str] | None:
    """Return the cells of a Markdown or wiki table row ('| a | b |'), or None for any other line."""
    stripped = text.strip()
    if not (stripped.startswith("|") and stripped.count("|") >= 3):
        return None
    return [c.strip() for c in stripped.strip("|").split("|")]


def _decision_column(cells: list[str]) -> int | None:
    """Return the index of a table header's decision column ('Entscheidung', 'Decision', 'Beschluss'), if any."""
    return next((i for i, c in enumerate(cells) if _DECISION_CELL.fullmatch(c.strip(" *_#"))), None)


_DECISION_CELL = re.compile(
    r"(?:entscheidung(?:en)?|beschl(?:uss|üsse)|decisions?|resolutions?|outcome)", re.IGNORECASE
)


def _table_statement(line: Line, column: int) -> _Statement | None:
    """Return the statement in a table row's decision column, read as labelled, or None."""
    cells = _table_cells(line.text) or []
    cell = cells[column] if column < len(cells) else ""
    if not cell or set(cell) <= set("-: "):
        return None
    labelled = not _NO_OTHER.match(cell)  # 'kein Thema heute': a 'no' about something else is no verdict
    outcome = classify(cell, labelled=labelled)
    return _Statement(outcome, cell, line, 0, labelled) if outcome else None


def _statements(lines: list[Line]) -> list[_Statement]:
    out: list[_Statement] = []
    carried = False  # a label alone at the end of a line ('Beschluss:'): the next line states the decision
    column: int | None = None  # the decision column of the table being read
    for line in lines:
        if line.section == "actions":
            carried = False
            continue
        cells = _table_cells(line.text)
        if cells is None:
            column = None
        elif column is None:
            column = _decision_column(cells)
            if column is not None:
                carried = False
                continue
        if column is not None:
            if statement := _table_statement(line, column):
                out.append(statement)
            continue
        if _DECISION_HEADING.match(line.text):
            carried = True  # 'TOP 5 – Entscheidung', '## Decision': the section's first line states it
            continue
        sents = split_sentences(line.text)
        if carried and sents:
            carried = False
            # '## Decision' then 'No questions on pricing.': a 'no' about something else is no verdict
            outcome = classify(sents[0], labelled=not _NO_OTHER.match(sents[0]))
            if outcome:
                out.append(_Statement(outcome, sents[0], line, 0, True))
                sents_from = 1
            else:
                sents_from = 0
        else:
            sents_from = 0
        for i, sent in enumerate(sents):
            if i < sents_from or _PROCEDURE.search(sent):
                continue  # the minutes of the last meeting or the agenda approved: procedure, not the decision
            label = _LABEL.search(sent)
            if label:
                after = sent[label.end() :]
                if label.group("neg"):
                    after = f"{label.group('neg')} entscheidung {after}"
                if not after.strip(" *_#") and i + 1 == len(sents):
                    carried = True
                    continue
                if not after.strip() and i + 1 < len(sents):
                    after = sents[i + 1]
                if after.strip():
                    outcome = classify(after, labelled=True)
                    if outcome is None and after.strip().endswith(":") and i + 1 < len(sents):
                        outcome = classify(after + " " + sents[i + 1], labelled=True)
                    if outcome:
                        out.append(_Statement(outcome, sent, line, i, True))
                        continue
            if _OUTCOME_LABEL.match(sent) and (outcome := classify(sent, labelled=True)):
                out.append(_Statement(outcome, sent, line, i, True))  # 'APPROVED: award of …', 'Vertagt: …'
                continue
            outcome = classify(sent)
            if (
                outcome
                and sent.rstrip(" \"'”“)").endswith("?")
                and (outcome != "pending" or not _EXPLICIT_PENDING.search(sent))
            ):
                continue  # a question ('Dann machen wir …?', 'Wie sieht es mit der Entscheidung aus?') decides nothing
            if outcome:
                out.append(_Statement(outcome, sent, line, i, False))
    return out


# the meeting's own procedure: the last minutes or the agenda approved ('Die Niederschrift wird genehmigt',
# 'Minutes of 3 May approved as circulated'), with nothing of the deal in the sentence
_PROCEDURE = re.compile(
    r"^(?!.*\b(?:auftrag\w*|zuschlag|vertrag\w*|contract|award|purchase|order|angebot\w*|offer|proposal|vergabe)\b)"
    r".*(?:\b(?:minutes|niederschrift|protokoll|tagesordnung|agenda)\b[^.;]{0,80}\b(?:approved|genehmigt|"
    r"angenommen|accepted|adopted|confirmed|bestätigt)\b|\b(?:genehmigung|annahme|approval|adoption)\s+"
    r"(?:der|des|of\s+the|of)\s+(?:[\w.-]+\s+){0,3}?(?:niederschrift|protokoll\w*|tagesordnung|minutes|agenda)\b)",
    re.IGNORECASE,
)


# a line that opens with 'no'/'kein' and a noun other than the deal: 'No questions on pricing', 'Keine Einwände'
_NO_OTHER = re.compile(
    r"^\W*(?:no|kein\w*)\s+(?!(?:decision|entscheidung|entsch\.|go|deal|purchase|kauf|auftrag|zuschlag|award|contract|"
    r"vertrag|zusage|budget|freigabe|approval|interest|interesse)\b)(?-i:[a-zäöüA-ZÄÖÜ])[\w-]*",
    re.IGNORECASE,
)


# the heading of a decision section: 'TOP 5 – Entscheidung', '2. Beschluss', 'h3. Beschluss', '## Decision' (not
# 'Ergebnis' or 'Results': those head the results of a pilot as often as the decision)
_DECISION_HEADING = re.compile(
    r"^\W*(?:(?:top|item|punkt|tagesordnungspunkt|h\d)\.?\s*)?(?:\d+(?:\.\d+)*\.?)?[\s\-–—:.)]*"
    r"(?:entscheidung(?:en)?|kaufentscheidung|decisions?|beschluss|beschlüsse|beschlussfassung|resolution|verdict)"
    r"\s*[:*_#]*\s*$",
    re.IGNORECASE,
)
# the outcome written as the label itself: 'APPROVED: award of …', 'Abgelehnt: …', 'Vertagt: …'
_OUTCOME_LABEL = re.compile(
    r"^\W*(?:approved|accepted|angenommen|genehmigt|beschlossen|freigegeben|rejected|declined|abgelehnt|"
    r"deferred|postponed|vertagt|zurückgestellt)\s*[:–—]\s*\w",
    re.IGNORECASE,
)


def _split_items(text: str) -> list[str]:
    """Split a list of conditions or reasons at '+', ';', ', und', ', and' (else at 'und'/'and'/commas)."""
    text = text.strip().strip(" .,:;\"'„“”")
    for pattern in (r"\s\+\s|;\s|,\s+(?:und|and|sowie)\s+", r",\s+|\s+(?:und|and|sowie)\s+"):
        parts = [p.strip(" .;:\"'„“”") for p in re.split(pattern, text) if p.strip(" .;:\"'„“”")]
        parts = [p for p in parts if len(p) > 2 and p.casefold() not in ("and", "und", "or", "oder", "sowie")]
        if len(parts) >= 2:
            return parts
    return [text] if len(text) > 2 else []


def _after_last(pattern: re.Pattern[str] | Prefiltered, text: str) -> str:
    matches = list(pattern.finditer(text))
    for m in reversed(matches):
        rest = text[m.end() :].strip(" ,:\"'„“”-–")  # 'unter der Bedingung, dass …' starts at 'dass'
        if len(rest) > 3:
            return rest
    return ""


def _conditions(statement: _Statement, following: list[str], lines: list[Line] | None = None) -> list[str]:
    text = _after_last(CONDITION, statement.text)
    if not text and _VOTE.search(
        statement.text
    ):  # 'Motion: … subject to (a) … Carried 5-1.': the motion's terms, in its line or the two lines before
        earlier = split_sentences(statement.line.text)[: statement.index]
        before = [ln for ln in lines or [] if statement.line.index - 2 <= ln.index < statement.line.index]
        earlier = [s for ln in before for s in split_sentences(ln.text)] + earlier
        text = next((t for s in reversed(earlier) if (t := _after_last(CONDITION, s))), "")
    if not text and following:
        text = _after_last(CONDITION, following[0]) or following[0]
    return _split_items(text) if text else []


def _reasons(statement: _Statement, following: list[str]) -> list[str]:
    text = _after_last(_REASON_LEAD, statement.text)
    if not text:
        for sent in following[:1]:
            if _TALLY.search(sent):
                continue  # the vote's count is the record of the no, not its reason
            lead = _REASON_LEAD.match(sent)
            text = sent[lead.end() :] if lead else _SPEAKER_PREFIX.sub("", sent)
    text = re.sub(r"[\"”“]+$", "", text.strip())
    return _split_items(text) if text else []


def _following(statement: _Statement, lines: list[Line]) -> list[str]:
    """Return the sentences after a statement in the same line, or in the same paragraph for prose."""
    sents = split_sentences(statement.line.text)[statement.index + 1 :]
    if sents:
        return sents
    if statement.line.bullet or statement.line.stamped:
        return []
    rest = [line for line in lines if line.para == statement.line.para and line.index > statement.line.index]
    return [s for line in rest[:1] for s in split_sentences(line.text)]


def learnings(lines: list[Line]) -> list[str]:
    """Return why the customer chose us, or their feedback on our process ('Warum wir?', 'Why us:', 'Feedback:')."""
    out: list[str] = []
    for line in lines:
        if line.section == "actions":
            continue
        for sent in split_sentences(line.text):
            body = _SPEAKER_PREFIX.sub("", sent) if not _LEARNING.match(sent) else sent
            m = _LEARNING.match(body)
            if m and len(body) - m.end() > 5:
                out.append(body[m.end() :].strip(' "„“”'))
            elif re.search(
                r"\b(asks? for feedback|fragt nach feedback|why they chose us|warum\s+sie\s+sich\b)",
                sent,
                re.I,
            ):
                nxt = split_sentences(line.text)
                idx = nxt.index(sent) if sent in nxt else -1
                if 0 <= idx < len(nxt) - 1:
                    out.append(_SPEAKER_PREFIX.sub("", nxt[idx + 1]).strip(' "„“”'))
    return out[:4]


_STRONG = re.compile(
    r"\b(?:motion|resolution|carried|beschlossen|beschluss|einstimmig|award\w*|zuschlag|vergabe|approve[sd]?|decided|entschieden|"
    r"freigegeben|freigabe|genehmigt|abgelehnt|rejected|declined|zusage|absage|go|grünes licht|green light|"
    r"beauftrag\w*)\b|\bgibt\b[^.]{0,80}\bfrei\b",
    re.IGNORECASE,
)


def _condition_beside(statement: _Statement, following: list[str], lines: list[Line]) -> bool:
    """Return True when the sentence before (a motion) or after ('Aber unter zwei Bedingungen') sets conditions."""
    sents = split_sentences(statement.line.text)
    before = sents[statement.index - 1] if statement.index > 0 else ""
    if not before:
        prev = [ln for ln in lines if ln.index < statement.line.index and ln.para == statement.line.para]
        before = split_sentences(prev[-1].text)[-1] if prev and split_sentences(prev[-1].text) else ""
    after = following[0] if following else ""
    near_before = bool(re.search(r"\b(?:motion|antrag|resolution|beschlussvorlage)\b", before, re.I))
    return bool(
        (near_before and CONDITION.search(before))
        or any(_BUT_AFTER.match(text) for text in following[:2])
        or bool(
            after and re.match(r"^\W*(?:aber|but|allerdings|however)\b[^.]{0,60}\bbedingung\w*", after, re.I)
        )
    )


# the sentence after a yes that qualifies it: 'But — two things have to be in place', 'Aber nur, wenn …'
_BUT_AFTER = re.compile(
    r"^\W*(?:aber|but|allerdings|however)\b(?:\s*[-–—]|,?\s+(?:only|nur)\b|[^.]{0,60}\b(?:bedingung\w*|"
    r"conditions?|voraussetzung\w*|(?:two|three|a few|a couple of|zwei|drei|ein paar|einige)\s+"
    r"(?:things|dinge|punkte|points|buts))\b)",
    re.IGNORECASE,
)


# a "yes" that still hangs on something, said around the decision: 'GO, IF:', 'but it's conditional',
# 'with two pre-conditions', 'Bedingungen:', 'YES … BUT'
_CONDITION_NEAR = re.compile(
    r"(?-i:\bIF\b\s*:?|\bBUT\b)|\bconditional\b(?!\s+access\b)|\bpre-?conditions?\b|\bconditions?\s*:|\bbedingung(?:en)?\b|"
    r"\bvoraussetzung(?:en)?\s*:|\bvorbehalt\w*|\bsubject to\b|\bcaveats?\s*:|\bcontingent\s+(?:on|upon)\b|"
    r"\bunter\s+(?:der|den)\s+voraussetzung(?:en)?\b|\bon\s+(?:the\s+)?condition\s+that\b|"
    r"\bgrundsätzlich\b|\bim grundsatz\b|\bin principle\b",
    re.IGNORECASE,
)


def _conditions_near(statement: _Statement, lines: list[Line]) -> bool:
    """Return True when the decision's own sentence or the three lines after it tie the yes to conditions."""
    if _UNCONDITIONAL.search(statement.text):
        return False
    after = [ln.text for ln in lines if statement.line.index < ln.index <= statement.line.index + 3]
    after += split_sentences(statement.line.text)[statement.index + 1 : statement.index + 3]
    own = statement.text
    if _VOTE.search(own) and (not _MOTION.search(own) or _VOTE_RECORD.match(own)):
        # the motion voted on: earlier sentences of the same line ('Motion: … subject to … Carried 5-1.') and
        # the two lines before
        earlier = split_sentences(statement.line.text)[: statement.index]
        own += " " + " ".join(
            [ln.text for ln in lines if statement.line.index - 2 <= ln.index < statement.line.index] + earlier
        )
    if _CONDITION_NEAR.search(own):
        return True
    same_turn = split_sentences(statement.line.text)[statement.index + 1 : statement.index + 3]
    if any(_ONLY_IF.search(text) and not _NEGATED_COND.search(text) for text in same_turn):
        return True  # 'Wir wollen das machen. Zusage von uns, allerdings nur, wenn …': the same voice qualifies it
    return any(
        (m := _CONDITION_NEAR.search(text))
        and not re.fullmatch(r"IF\s*:?|BUT", m.group(0))  # a capital BUT further down is about something else
        and not _UNCONDITIONAL.search(text)
        and not _NEGATED_COND.search(text)
        for text in after
    )


# a yes qualified in the same turn: 'nur, wenn …', 'only if …', 'vorausgesetzt …', 'as long as …'
_ONLY_IF = re.compile(
    r"\bnur,?\s+(?:wenn|falls|sofern|unter)\b|\bonly\s+(?:if|on\s+condition)\b|\bvorausgesetzt\b|"
    r"\bprovided\s+that\b|\bas\s+long\s+as\b|\bsofern\b",
    re.IGNORECASE,
)


_VOTE = re.compile(
    r"\b(?:carried|passed|adopted|angenommen|beschlossen)\b[^.]{0,30}(?:\d+\s*[-–:]\s*\d+|unanimous\w*|einstimmig|"
    r"majority|mehrheit\w*)|\b(?:unanimous\w*|einstimmig)\b[^.]{0,20}\b(?:carried|passed|angenommen|beschlossen)\b|"
    + _COUNTS
    + "|"
    + _COUNTS_YES_NO,
    re.IGNORECASE,
)
_VOTE_RECORD = re.compile(  # 'Motion carried 5-1.': the record of a vote, not the motion's text
    r"^\W*(?:the\s+)?(?:motion|antrag|resolution)\s+(?:was\s+|wurde\s+)?(?:carried|passed|adopted|angenommen)\b",
    re.IGNORECASE,
)
_MOTION = re.compile(
    r"\b(?:motion|resolution|antrag|beschlussvorlage|that the|resolved that)\b", re.IGNORECASE
)
_NEGATED_COND = re.compile(
    r"\b(?:no|keine|without|ohne)\s+(?:\w+\s+)?(?:conditions?|bedingung\w*|vorbehalt\w*)", re.I
)


# an NDA or a data processing agreement signed is paperwork on the way, never the purchase decision
_SIDE_PAPER = re.compile(
    r"\b(?:NDAs?|DPAs?|AVV|(?:mutual\s+)?non-disclosure\s+agreements?|confidentiality\s+agreements?|"
    r"data\s+processing\s+(?:agreements?|addendum)|auftragsverarbeitungsvertr(?:a|ä)g\w*|AV-Vertr(?:a|ä)g\w*|"
    r"geheimhaltungsvereinbarung\w*|vertraulichkeitsvereinbarung\w*)\b",
    re.IGNORECASE,
)
_GO_NO_GO = re.compile(
    r"\bgo\s*(?:/|or|oder|&|-)\s*no[- ]?go\b", re.IGNORECASE
)  # the kind of meeting, not a no
_CONFIRMED_DECISION = re.compile(
    r"\b(?:entscheidung|kaufentscheidung|decision|purchase decision)\b[^.;]{0,60}?"
    r"\b(?:schriftlich|in writing|per e-?mail|by e-?mail|per brief|by letter)\b[^.;]{0,40}?"
    r"\b(?:bestätigt|confirmed)\b"
    r"|\b(?:schriftlich|in writing|per e-?mail|by e-?mail)\b[^.;]{0,20}?\b(?:bestätigt|confirmed)\b[^.;]{0,30}?"
    r"\b(?:die|the)\s+(?:kauf)?(?:entscheidung|decision)\b"
    r"|\b(?:bestätigt|confirmed)\s+(?:die|the|their|ihre)\s+(?:kauf)?(?:entscheidung|decision)\b[^.;]{0,40}?"
    r"\b(?:schriftlich|in writing|per e-?mail|by e-?mail|per brief|by letter)\b",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(?:yet to|noch aus|soll\w*|will|wird|werden|should|must|muss|to be)\b", re.IGNORECASE
)


def _confirmed_in_writing(lines: list[Line]) -> str | None:
    """Return the sentence where the customer confirms 'the decision' in writing, with no no and no negation."""
    for line in lines:
        if line.section == "actions":
            continue
        for sent in split_sentences(line.text):
            if (
                _CONFIRMED_DECISION.search(sent)
                and not negated(sent)
                and not _TO_COME.search(sent)
                and not _NEGATIVE.search(sent)
            ):
                return sent
    return None


# a vote with its count: 'Motion carried 5-1', 'The motion failed 3-4', 'beschließt einstimmig (3:0)'
_TALLY = re.compile(
    r"\b(?:carried|passed|adopted|failed|defeated|rejected|angenommen|abgelehnt|beschlossen|beschließt)\b[^.]{0,30}"
    r"(?:\(?\d+\s*[-–:]\s*\d+\)?|unanimous\w*|einstimmig)|\b(?:unanimous\w*|einstimmig)\b[^.]{0,20}"
    r"\b(?:carried|passed|angenommen|beschlossen)\b|" + _COUNTS + "|" + _COUNTS_YES_NO,
    re.IGNORECASE,
)
# the decision itself put off: 'wird der Beschluss zurückgestellt', 'the decision was postponed'
_DEFERS_DECISION = re.compile(
    rf"\b(?:beschluss|entscheidung|decision|resolution|vote|abstimmung)\b[^.;]{{0,60}}\b(?:{DEFERRAL})\b|"
    rf"\b(?:{DEFERRAL})\b[^.;]{{0,30}}\b(?:beschluss|entscheidung|decision|resolution|vote|abstimmung)\b|"
    # handed to a body that has yet to meet: 'deferred to the Investment Committee', 'an den Aufsichtsrat verwiesen'
    rf"\b(?:{DEFERRAL}|referred|verwiesen)\b[^.;]{{0,20}}\b(?:to|an|until|bis\s+zu[mr]?)\s+(?:the\s+|den\s+|die\s+|"
    r"das\s+|dem\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:committee|board|council|ausschuss|vorstand|aufsichtsrat|"
    r"gremium|betriebsrat|personalrat|kommission|commission)\b",
    re.IGNORECASE,
)

# a part of the deal put off, not the decision: 'the decision on phase 2 is postponed', 'Option B wird vertagt'
_PART_OF_IT = re.compile(
    r"\b(?:phase|stage|stufe|modul\w*|module|option|lot|los|part|teil\w*|erweiterung|extension)\s*\w{0,3}\b",
    re.IGNORECASE,
)


def _conditions_below(statement: _Statement, lines: list[Line]) -> list[str]:
    """Return the conditions of the first of the two lines after a yes-but that states them."""
    for line in lines:
        if statement.line.index < line.index <= statement.line.index + 2 and line.section != "actions":
            text = _after_last(CONDITION, line.text)
            if text:
                return _split_items(text)
    return []


def _after(statement: _Statement, other: _Statement) -> bool:
    """Return True when a statement comes after another one in the text."""
    return (statement.line.index, statement.index) > (other.line.index, other.index)


_CARRIED = re.compile(r"\b(?:carried|passed|adopted|angenommen)\b", re.IGNORECASE)


def _motion_of(vote: _Statement, statements: list[_Statement]) -> _Statement | None:
    """Return the motion that a carried vote adopts when the motion itself says no ('… not to award …'), else None."""
    if vote.outcome != "positive" or not (_CARRIED.search(vote.text) and _TALLY.search(vote.text)):
        return None
    earlier = [
        s for s in statements if s is not vote and _after(vote, s) and s.line.index >= vote.line.index - 2
    ]
    if earlier and earlier[-1].outcome == "negative" and _MOTION.search(earlier[-1].text):
        return earlier[-1]
    return None


def find_decision(lines: list[Line]) -> Decision:
    """Return the decision: the last labelled statement ('Entscheidung: …', 'Decision: …') wins, else the cues."""
    statements = _statements(lines)
    labelled = [s for s in statements if s.labelled]
    chosen: _Statement | None = None
    tallied = [s for s in statements if s.outcome != "pending" and _TALLY.search(s.text)]
    if labelled:
        chosen = labelled[-1]
        later = [
            s
            for s in statements
            if _after(s, chosen) and _DEFERS_DECISION.search(s.text) and not _PART_OF_IT.search(s.text)
        ]
        if later and later[-1].outcome == "pending":
            chosen = later[-1]  # 'Nachtrag: … wird der Beschluss zurückgestellt': the decision taken back
    elif deferring := [s for s in statements if s.outcome == "pending" and _DEFERS_DECISION.search(s.text)]:
        # 'Die Entscheidung über die Einführung wird vertagt', whatever else was voted on
        chosen = deferring[-1]
    elif tallied:
        chosen = tallied[-1]  # 'Motion carried 5-1' outranks an item deferred elsewhere in the minutes
    elif statements:
        pending = [s for s in statements if s.outcome == "pending"]
        explicit = [s for s in pending if _EXPLICIT_PENDING.search(s.text)]
        strong = [s for s in statements if s.outcome != "pending" and _STRONG.search(s.text)]
        chosen = (
            explicit[0] if explicit else strong[-1] if strong else pending[-1] if pending else statements[-1]
        )
    if chosen is None:
        confirmed = _confirmed_in_writing(lines)
        if confirmed:  # 'hat die Entscheidung schriftlich bestätigt': a yes that was written down
            return Decision(outcome="positive", evidence=[confirmed], learnings=learnings(lines))
        return Decision(outcome="pending", learnings=learnings(lines))
    motion = _motion_of(chosen, statements)
    if motion is not None:
        chosen = motion  # 'MOTION … not to award … Motion carried 4-1': the vote adopts the motion's no
    following = _following(chosen, lines)
    if chosen.outcome == "positive" and (
        _condition_beside(chosen, following, lines) or _conditions_near(chosen, lines)
    ):
        chosen.outcome = (
            "positive_with_conditions"  # "We want it. But under two conditions." / a motion 'subject to'
        )
    conditions = _conditions(chosen, following, lines) if chosen.outcome == "positive_with_conditions" else []
    if chosen.outcome == "positive_with_conditions" and not conditions:
        conditions = _conditions_below(
            chosen, lines
        )  # '- yes in principle' / '  BUT only if (a) …, and (b) …'
    reasons = _reasons(chosen, following) if chosen.outcome == "negative" else []
    evidence = [chosen.text]
    if (conditions or reasons) and following and (conditions or reasons)[0] in following[0]:
        evidence.append(following[0])
    return Decision(
        outcome=chosen.outcome,
        conditions=conditions,
        reasons=reasons,
        evidence=evidence,
        learnings=learnings(lines),
    )
