"""The Rollenspiel / Role-play tab: an AI buyer raises objections, the rep answers, the coach scores the answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from coach.messages import define, msg
from coach.settings import Settings
from coach.web import brains, history
from coach.web.common import (
    cite_html,
    cut_notes,
    md_escape,
    notices_md,
    quoted,
    require_text,
    safe,
    sources_md,
)
from coach.web.i18n import LOAD_JS, Translator, t

define(
    {
        "rp.web.upload": {"de": "Eigenes Szenario (YAML) hochladen", "en": "Upload your own scenario (YAML)"},
        "rp.web.template": {"de": "Vorlage herunterladen", "en": "Download the template"},
        "rp.web.uploaded": {
            "de": "Ihr Szenario „{title}“ ist geladen; der Kunde beginnt neu.",
            "en": "Your scenario “{title}” is loaded; the buyer starts afresh.",
        },
        "rp.web.practise": {"de": "Nächsten Termin üben", "en": "Practise the next meeting"},
        "rp.web.from_notes": {
            "de": "Aus Ihren Notizen gebaut und gespeichert: „{title}“ ({path}). Der Kunde beginnt.",
            "en": "Built from your notes and saved: “{title}” ({path}). The buyer starts.",
        },
        "rp.web.switched": {
            "de": "Neues Szenario: das Gespräch beginnt neu.",
            "en": "New scenario: the conversation starts afresh.",
        },
    }
)
DIFFICULTIES = ("easy", "medium", "hard")
OUTCOME_CLASS = {"yes": "ok", "yes_but": "warn", "no": "bad", "open": "neutral"}
FLAGS = {"de": "DE", "en": "EN"}


def scenario_choices(home: Any = None, lang: str = "de") -> list[tuple[str, str]]:
    """Return (label, id) for every playable scenario: the UI language first, then easy to hard; the user's own last."""
    from coach.roleplay.scenarios import scenario_library
    from coach.roleplay.userfiles import user_dir, user_scenarios

    library = scenario_library()
    rows = library.summaries()
    rows.sort(key=lambda s: (s.language != lang, DIFFICULTIES.index(s.difficulty), s.id))
    own = user_scenarios(user_dir(home)) if home is not None else {}
    mine = [s.summary() for k, s in sorted(own.items()) if k not in library.scenarios]
    return [(f"{FLAGS.get(s.language, '')} · {s.title}", s.id) for s in rows] + [
        (f"★ {FLAGS.get(s.language, '')} · {s.title}", s.id) for s in mine
    ]


def default_scenario(lang: str) -> str | None:
    """Return the first scenario in the UI language (or any), for a first visit."""
    from coach.roleplay.scenarios import scenario_library

    rows = scenario_library().summaries()
    rows.sort(key=lambda s: (s.language != lang, DIFFICULTIES.index(s.difficulty), s.id))
    return rows[0].id if rows else None


def scenario_for_language(scenario_id: str | None, session: Any, lang: str) -> str | None:
    """Return the scenario to show after the UI language changed: the new language's default while the rep has not
    answered yet and the current pick is a built-in scenario of the other language, else the current pick."""
    from coach.roleplay.scenarios import scenario_library

    builtin = scenario_library().scenarios.get(scenario_id or "")
    if scenario_id and (builtin is None or builtin.language == lang):
        return scenario_id
    if session is not None and any(x.speaker == "rep" for x in session.turns):
        return scenario_id  # a conversation under way is never thrown away by a language switch
    return default_scenario(lang) or scenario_id


def difficulty_choices(lang: str) -> list[tuple[str, str]]:
    """Return the difficulty choices in the UI language."""
    return [(t("difficulty_" + d, lang), d) for d in DIFFICULTIES]


def scenario_card(scenario_id: str | None, lang: str, home: Any = None) -> str:
    """Return who the buyer is and what is on the table, as HTML (labels in the UI language)."""
    if not scenario_id:
        return ""
    from coach.roleplay.userfiles import find_scenario

    s = find_scenario(scenario_id, home, lang)
    p, d = s.persona, s.deal
    goals = "".join(f"<li>{md_escape(g)}</li>" for g in d.goals)
    return (
        f'<div class="coach-card" id="rp-card"><b>{md_escape(p.name)}</b>, {md_escape(p.role)} · '
        f"{md_escape(p.company)} ({md_escape(p.industry)})<br><i>{md_escape(p.temperament)}</i>"
        f"<hr><b>{t('rp_offer', lang)}:</b> {md_escape(d.offer)}"
        f"<br><b>{t('rp_price', lang)}:</b> {md_escape(d.price)} · <b>{t('rp_term', lang)}:</b> {md_escape(d.term)}"
        f"<br><b>{t('rp_goals', lang)}:</b><ul>{goals}</ul>"
        f"<b>{t('rp_business_case', lang)}:</b> {md_escape(d.business_case)}</div>"
    )


def chat_messages(turns: list[Any]) -> list[dict[str, str]]:
    """Return the transcript as chat messages: the buyer is the assistant, the rep the user."""
    return [{"role": "assistant" if x.speaker == "buyer" else "user", "content": x.text} for x in turns]


def techniques_line(techniques: list[str], lang: str) -> str:
    """Return the techniques found in a reply, in the UI language."""
    if not techniques:
        return t("rp_no_technique", lang)
    return ", ".join(t("tech_" + x, lang) for x in techniques)


def render_hint(result: Any, lang: str) -> str:
    """Return what the coach says after a reply: techniques found, the hint, whether the buyer ended the talk."""
    parts = [f"**{t('rp_detected', lang)}:** {md_escape(techniques_line(result.techniques, lang))}"]
    if result.hint:
        parts.append(f"**{t('hint', lang)}:** {md_escape(result.hint)}")
    if result.finished:
        parts.append(f"⚠ {t('rp_buyer_ended', lang)}")
    elif result.decision != "open":
        parts.append(f"✓ {t('rp_decided', lang).format(outcome=t('outcome_' + result.decision, lang))}")
    return "\n\n".join(parts)


def render_scorecard(card: Any, lang: str, footer_head: str = "") -> str:
    """Return the scorecard: total, outcome, each criterion with score, evidence, tip and sources."""
    rows = []
    for c in card.criteria:
        mark = '<span class="mark ok">✓</span>' if c.passed else '<span class="mark bad">✗</span>'
        pct = round(100 * c.score)
        evidence = "".join(
            f'<div class="quote"><span class="turn">#{e.reply}</span> {quoted(e.quote, lang)}</div>'
            for e in c.evidence
        )
        cites = " · ".join(dict.fromkeys(cite_html(s) for s in c.sources[:3]))
        rows.append(
            f'<tr data-criterion="{c.id}"><td class="crit">{mark} {t("crit_" + c.id, lang)}</td>'
            f'<td class="score"><div class="bar"><div style="width:{pct}%"></div></div>{pct}'
            f' <span class="muted threshold">≥ {round(100 * c.threshold)}</span></td>'
            f'<td>{evidence}<div class="tip">{md_escape(c.tip)}</div><div class="cite">{t("source", lang)}: {cites}</div></td></tr>'
        )
    head = "".join(f"<th>{t(k, lang)}</th>" for k in ("col_criterion", "col_score", "col_evidence_tip"))
    review = f'<div class="coach-review"><b>{t("review", lang)}</b><p>{md_escape(card.review)}</p></div>'
    sources = [s for c in card.criteria for s in c.sources]
    return (
        f'<div class="coach-scorecard" id="scorecard"><div class="total"><span class="num">{card.total}</span>/100 '
        f'<span class="badge big {OUTCOME_CLASS[card.outcome]}">{t("outcome_" + card.outcome, lang)}</span> '
        f'<span class="muted">{t("difficulty_" + card.difficulty, lang)}</span></div>'
        f'<table class="coach-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
        f"{review if card.review else ''}</div>"
        + footer_head
        + notices_md(card.notices, lang)
        + sources_md(sources, lang)
    )


def render_transcript(turns: list[Any], lang: str) -> str:
    """Return a stored conversation as HTML (for reopening a past session)."""
    who = {"buyer": t("rp_buyer", lang), "rep": t("rp_you", lang)}
    lines = "".join(
        f'<div class="turn-{x.speaker}"><b>{who[x.speaker]}:</b> {md_escape(x.text)}</div>' for x in turns
    )
    return f'<div class="coach-transcript">{lines}</div>'


def reply_chat(session: Any, text: str, lang: str) -> Iterator[tuple[list[dict[str, str]], Any]]:
    """Yield (chat messages, hint) while the buyer's answer streams in; the last item has the coach's hint."""
    import gradio as gr

    from coach.errors import InputError

    if session is None:
        raise InputError(t("rp_no_session", lang))
    if session.finished:
        raise InputError(t("rp_closed", lang))
    if not (text or "").strip():
        raise InputError(t("rp_empty_reply", lang))
    from coach.limits import limit_text

    text, cut = limit_text(text.strip(), "reply", lang)  # before anything is rendered or analysed
    if lang in ("de", "en"):
        session.state.ui_lang = lang  # hints follow the UI language, also after a switch mid-conversation
    messages = chat_messages(session.turns) + [{"role": "user", "content": text}]
    yield [*messages, {"role": "assistant", "content": "…"}], gr.skip()
    result = None
    for chunk in session.reply_stream(text):
        result = chunk.result or result
        if not chunk.done:
            yield [*messages, {"role": "assistant", "content": chunk.text or "…"}], gr.skip()
    hint = render_hint(result, lang) if result else ""
    notes = notices_md(cut + (result.notices if result else []), lang)
    yield chat_messages(session.turns), hint + ("\n\n" + notes if notes else "")


def start_session(
    settings: Settings,
    scenario_id: str,
    difficulty: str,
    hints: bool,
    provider: str,
    lang: str,
    progress: Any = None,
) -> Any:
    """Return a new role-play session with this session's brain."""
    from coach.errors import InputError
    from coach.roleplay.session import RoleplaySession

    if not scenario_id:
        raise InputError(t("rp_pick_scenario", lang))
    from coach.roleplay.userfiles import find_scenario

    scenario = find_scenario(scenario_id, settings.home, lang)
    brain = brains.brain_for(settings, provider, lang, progress)
    session = RoleplaySession.from_scenario(
        scenario,
        difficulty=difficulty if difficulty in DIFFICULTIES else None,
        hints=bool(hints),
        brain=brain,
        ui_lang=lang if lang in ("de", "en") else None,  # tips and scorecard follow the UI language
    )
    session.state.notices.extend(brain.notices_in(lang))
    return session


def history_updates(settings: Settings, lang: str) -> tuple[Any, Any, Any]:
    """Return (sessions table, chart data, reopen choices) for the history section."""
    return (
        history.sessions_frame(settings, lang),
        history.trend_frame(settings, lang),
        history.session_choices(settings, lang),
    )


def build(
    settings: Settings, tr: Translator, lang_state: gr.State, provider_state: gr.State
) -> dict[str, Any]:
    """Add the role-play tab's components and events; return the page-load handler."""
    lang = tr.lang
    first = default_scenario(lang)
    session_state = gr.State(None)
    with gr.Row(equal_height=False):
        with gr.Column(scale=4, min_width=280):
            scenario = tr.add(
                gr.Dropdown(
                    choices=scenario_choices(settings.home, lang), value=first, elem_id="rp-scenario"
                ),
                label="rp_scenario",
            )
            difficulty = tr.add_custom(
                gr.Radio(
                    choices=difficulty_choices(lang),
                    value=_scenario_difficulty(first),
                    label=t("rp_difficulty", lang),
                    elem_id="rp-difficulty",
                ),
                lambda lg: {"choices": difficulty_choices(lg), "label": t("rp_difficulty", lg)},
            )
            hints = tr.add(
                gr.Checkbox(value=True, elem_id="rp-hints"), label="rp_hints", info="rp_hints_info"
            )
            start_btn = tr.add(gr.Button(variant="secondary", elem_id="rp-start"), value="rp_start")
            card = gr.HTML(scenario_card(first, lang), elem_id="rp-card-box")
            upload = tr.add_custom(
                gr.UploadButton(  # a button, not a drop zone: Gradio's drop-zone text follows the browser's language
                    label=msg("rp.web.upload", lang),
                    type="filepath",  # the file's own name goes into every message about it
                    size="sm",
                    elem_id="rp-upload",
                ),
                lambda lg: {"label": msg("rp.web.upload", lg)},
            )
            tr.add_custom(
                gr.DownloadButton(
                    msg("rp.web.template", lang),
                    value=_template_file(settings, lang),
                    size="sm",
                    elem_id="rp-template",
                ),
                lambda lg: {  # the label and the file follow the UI language
                    "label": msg("rp.web.template", lg),
                    "value": _template_download(lg),
                },
            )
        with gr.Column(scale=7):
            chat = tr.add(
                gr.Chatbot(
                    height=400,
                    elem_id="rp-chat",
                    feedback_options=None,
                    buttons=["copy_all"],
                    show_label=False,
                ),
                label="rp_chat",
            )
            hint = gr.Markdown(elem_id="rp-hint", elem_classes=["coach-hint"])
            with gr.Row():
                reply = tr.add(
                    gr.Textbox(
                        lines=2,
                        max_lines=6,
                        scale=6,
                        min_width=200,
                        max_length=2_000,
                        elem_id="rp-reply",
                        submit_btn=False,
                    ),
                    label="rp_reply",
                    placeholder="rp_reply_ph",
                )
                send = tr.add(
                    gr.Button(variant="primary", scale=1, min_width=110, elem_id="rp-send"), value="rp_send"
                )
            with gr.Row():
                suggest = tr.add(gr.Button(size="sm", elem_id="rp-suggest"), value="rp_suggest")
                end = tr.add(gr.Button(variant="stop", size="sm", elem_id="rp-end"), value="rp_end")
            status = gr.Markdown(elem_id="rp-status")
    scorecard = gr.HTML(elem_id="rp-scorecard")
    with tr.add(gr.Accordion(open=False, elem_id="rp-history"), label="rp_history"):
        table = tr.add(
            gr.Dataframe(interactive=False, max_height=260, elem_id="rp-sessions", wrap=True),
            label="rp_sessions",
        )
        chart = tr.add(
            gr.LinePlot(
                x="session",
                y="score",
                color="criterion",
                y_lim=[0, 100],
                height=320,
                elem_id="rp-chart",
            ),
            label="chart_title",
            x_title="chart_x",
            y_title="chart_y",
            color_title="col_criterion",
        )
        with gr.Row():
            past = tr.add(gr.Dropdown(choices=[], scale=4, elem_id="rp-past"), label="past_pick")
            reopen = tr.add(gr.Button(size="sm", scale=1, elem_id="rp-reopen"), value="reopen_button")
        past_view = gr.HTML(elem_id="rp-past-view")

    def on_start(
        scenario_id: str,
        level: str,
        hints_on: bool,
        provider: str,
        lang: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple:
        session = start_session(settings, scenario_id, level, hints_on, provider, lang, progress)
        info = brains.describe(settings, provider, session.brain)
        intro = f"{t('rp_started', lang)}\n\n{brains.brain_html(info, lang)}"
        return "", chat_messages(session.turns), session, intro, "", ""

    def on_scenario(scenario_id: str, hints_on: bool, provider: str, lang: str) -> tuple:
        # a new scenario means a new buyer: the old one never answers under the new card
        level = _scenario_difficulty(scenario_id, settings.home)
        session = (
            start_session(settings, scenario_id, level, hints_on, provider, lang) if scenario_id else None
        )
        return (
            scenario_card(scenario_id, lang, settings.home),
            level,
            chat_messages(session.turns) if session else [],
            session,
            msg("rp.web.switched", lang),
            "",
            "",
        )

    def on_upload(data: Any, hints_on: bool, provider: str, lang: str) -> tuple:
        from coach.roleplay.userfiles import parse_scenario, save_scenario, user_dir

        if not data:
            return (gr.skip(),) * 7
        name, text = scenario_upload_text(data, lang)
        scenario = parse_scenario(text, name, lang)
        save_scenario(scenario, user_dir(settings.home), text)
        session = start_session(settings, scenario.id, scenario.difficulty, hints_on, provider, lang)
        return (
            msg("rp.web.uploaded", lang, title=scenario.title),
            gr.update(choices=scenario_choices(settings.home, lang), value=scenario.id),
            scenario_card(scenario.id, lang, settings.home),
            scenario.difficulty,
            chat_messages(session.turns),
            session,
            "",
        )

    def on_send(text: str, session: Any, lang: str) -> Any:
        for n, (chat_value, hint_value) in enumerate(reply_chat(session, text, lang)):
            yield "", chat_value, "" if n == 0 else gr.skip(), hint_value, session

    def on_suggest(session: Any, lang: str) -> tuple:
        from coach.errors import InputError

        if session is None:
            raise InputError(t("rp_no_session", lang))
        script = session.scenario.good_rep_script
        done = sum(x.speaker == "rep" for x in session.turns)
        return "", script[min(done, len(script) - 1)]

    def on_end(session: Any, provider: str, lang: str) -> tuple:
        from coach.errors import InputError

        if session is None:
            raise InputError(t("rp_no_session", lang))
        already = session.state.scorecard is not None
        result = session.result()
        if not already:
            history.session_store(settings).save(result)
        info = brains.describe(settings, provider, session.brain)
        html = render_scorecard(
            result.scorecard, lang, brains.brain_html(info, lang, produced_by=result.provider)
        )
        return ("", html, t("rp_ended", lang), *history_updates(settings, lang))

    def on_reopen(choice: Any, lang: str) -> tuple:
        from coach.roleplay.scorecard import Scorecard
        from coach.roleplay.transcript import Turn

        data = history.load_session(settings, choice, lang)
        card = Scorecard.model_validate(data["scorecard"])
        turns = [Turn.model_validate(x) for x in data["turns"]]
        return "", render_transcript(turns, lang) + render_scorecard(
            card, lang, history.reopened_html(card.provider, lang)
        )

    def on_load(lang: str, provider: str) -> tuple:
        # lang is the language the browser remembered (LOAD_JS), so the first buyer speaks the UI's language
        pick = default_scenario(lang)
        level = _scenario_difficulty(pick)
        session = start_session(settings, pick, level, True, provider, lang) if pick else None
        return (
            "",
            chat_messages(session.turns) if session else [],
            session,
            *history_updates(settings, lang),
            gr.update(choices=scenario_choices(settings.home, lang), value=pick),
            scenario_card(pick, lang, settings.home),
            level,
        )

    def on_language(scenario_id: str, session: Any, hints_on: bool, provider: str, lang: str) -> tuple:
        pick = scenario_for_language(scenario_id, session, lang)
        choices = gr.update(choices=scenario_choices(settings.home, lang), value=pick)
        card_html = scenario_card(pick, lang, settings.home)
        if pick == scenario_id and session is not None:
            session.state.ui_lang = lang if lang in ("de", "en") else None  # hints follow the UI from now on
            return choices, card_html, gr.skip(), gr.skip(), session, gr.skip()
        level = _scenario_difficulty(pick, settings.home)
        new = start_session(settings, pick, level, hints_on, provider, lang) if pick else None
        return choices, card_html, level, chat_messages(new.turns) if new else [], new, ""

    start_outputs = [status, chat, session_state, hint, scorecard, reply]
    start_inputs = [scenario, difficulty, hints, provider_state, lang_state]
    start_btn.click(
        safe(on_start, outputs=len(start_outputs)), start_inputs, start_outputs, api_name="roleplay_start"
    )
    scenario.input(
        safe(on_scenario, outputs=7, error_at=4),
        [scenario, hints, provider_state, lang_state],
        [card, difficulty, chat, session_state, status, hint, scorecard],
    )
    upload.upload(
        safe(on_upload, outputs=7),
        [upload, hints, provider_state, lang_state],
        [status, scenario, card, difficulty, chat, session_state, hint],
        api_name="roleplay_upload",
    )
    send_outputs = [status, chat, reply, hint, session_state]
    send.click(
        safe(on_send, outputs=5), [reply, session_state, lang_state], send_outputs, api_name="roleplay_reply"
    )
    reply.submit(
        safe(on_send, outputs=5),
        [reply, session_state, lang_state],
        send_outputs,
        api_visibility="undocumented",
    )
    suggest.click(safe(on_suggest, outputs=2), [session_state, lang_state], [status, reply])
    end_outputs = [status, scorecard, hint, table, chart, past]
    end.click(
        safe(on_end, outputs=len(end_outputs)), [session_state, provider_state, lang_state], end_outputs
    )
    reopen.click(safe(on_reopen, outputs=2), [past, lang_state], [status, past_view])

    def on_practise(notes_text: str, hints_on: bool, provider: str, lang: str) -> tuple:
        from coach.roleplay.from_notes import scenario_from_notes
        from coach.roleplay.userfiles import save_scenario, user_dir

        text, _ = cut_notes(require_text(notes_text, lang), lang)  # an empty box is said in the UI language
        scenario = scenario_from_notes(text)  # the buyer speaks the notes' language
        path = save_scenario(scenario, user_dir(settings.home))
        session = start_session(settings, scenario.id, scenario.difficulty, hints_on, provider, lang)
        return (
            msg("rp.web.from_notes", lang, title=scenario.title, path=path.name),
            gr.update(choices=scenario_choices(settings.home, lang), value=scenario.id),
            scenario_card(scenario.id, lang, settings.home),
            scenario.difficulty,
            chat_messages(session.turns),
            session,
            "",
        )

    load_outputs = [status, chat, session_state, table, chart, past, scenario, card, difficulty]
    return {
        # other tabs' "practise the next meeting" buttons: (handler, inputs after the notes box, outputs)
        "practise": (
            safe(on_practise, outputs=7),
            [hints, provider_state, lang_state],
            [status, scenario, card, difficulty, chat, session_state, hint],
        ),
        "load": (
            safe(on_load, outputs=len(load_outputs)),
            [lang_state, provider_state],
            load_outputs,
            LOAD_JS,  # reads the remembered UI language before the handler runs
        ),
        # the picker, the card and (before the first answer) the buyer follow the UI language
        "relabel": (
            safe(on_language, outputs=6, error_at=5),
            [scenario, session_state, hints, provider_state, lang_state],
            [scenario, card, difficulty, chat, session_state, hint],
        ),
    }


def practise_button(lang: str, elem_id: str, tr: Translator | None = None) -> gr.Button:
    """Return the "practise the next meeting" button other tabs place under their notes box (relabelled by tr)."""
    button = gr.Button(msg("rp.web.practise", lang), size="sm", elem_id=elem_id)
    if tr is not None:
        tr.add_custom(button, lambda lg: {"value": msg("rp.web.practise", lg)})
    return button


SCENARIO_TYPES = (".yaml", ".yml")


def scenario_upload_text(data: Any, lang: str) -> tuple[str, str]:
    """Return (file name, text) of an uploaded scenario file; refuse another type or a binary file in the UI language."""
    from coach.errors import InputError
    from coach.web.common import check_upload, upload_path

    if isinstance(data, bytes | bytearray):  # an API client may still send the bytes themselves
        name, raw = "upload.yaml", bytes(data)
    else:
        path = upload_path(data)
        if path is None:
            raise InputError(t("upload_none", lang))
        check_upload(path, lang, SCENARIO_TYPES)
        name, raw = path.name, path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(t("upload_unreadable", lang).format(name=name)) from None
    if "\x00" in text or any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        raise InputError(t("upload_unreadable", lang).format(name=name))
    return name, text


def _template_download(lang: str) -> str:
    """Write the scenario template into a fresh download folder (a file Gradio may serve) and return its path."""
    from coach.roleplay.template import template
    from coach.web.common import new_export_dir

    path = new_export_dir() / f"scenario-template-{lang}.yaml"
    path.write_text(template(lang), encoding="utf-8")
    return str(path)


def _template_file(settings: Settings, lang: str) -> str:
    """Write the scenario template for download under COACH_HOME and return its path."""
    from coach.roleplay.template import template

    path = settings.home / "templates" / f"scenario-template-{lang}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template(lang), encoding="utf-8")
    return str(path)


def _scenario_difficulty(scenario_id: str | None, home: Any = None) -> str | None:
    """Return the scenario's own difficulty (the default of the picker)."""
    if not scenario_id:
        return None
    from coach.roleplay.userfiles import find_scenario

    try:
        return find_scenario(scenario_id, home).difficulty
    except Exception:  # noqa: BLE001 - a broken scenario shows its error when started
        return None
