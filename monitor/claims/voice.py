"""Who acts in a claim, and in whose voice it is told (actor and stance).

Actor: the nearest actor cue in the trigger's sentence («ВС РФ», «ЗСУ», «наши», «ворог»; own
and enemy resolved by the channel's side), read through the sentence's structure:

* a rule's `cue_role` says whether a cue names the side acting (agent), the side suffering
  (patient), or the actor before the trigger and the victim after it (svo); a claim of the
  victim's own («отбросили ВСУ»: the ВСУ withdraw) reads the sentence as svo and turns the
  side found round (object);
* under svo a side inside a gapped trigger after its verb («выбили ВСУ из X») or fronted in
  the accusative («Окупантів вибили з X») is the object, the victim; one before the verb is
  its subject («По Шебекино ВСУ выпустили 20 снарядов»), and so is a side between a noun
  trigger and a verb («Удар по Белгороду ВСУ нанесли ночью»);
* a cue right after an object marker («от ВСУ», «по позициям ВСУ», «потери ВСУ») names the
  victim;
* a passive trigger («освобождён», «окружённой», «был захвачен российскими войсками») turns
  the roles round: its subject before it is the victim, the cue after it is the agent;
* a relative clause with an oblique pronoun («ВСУшники, которых взяли в плен») makes its
  antecedent the victim and the clause's own subject, after the verb, the agent.

Without a cue the rule's default applies (e.g. a strike on a Russian place is Ukraine's).

Stance: denied after a negation or near a denial cue («фейк»); asserted when the channel's own
sourcing stands in the sentence («по данным SHOT», «по информации с мест»); reported when a
source verb stands in the trigger's sentence («по данным Минобороны», «заявили»), or in the
sentence that introduces it («…, сообщили в Минобороны:» / a source line right before it);
else asserted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from monitor.claims.absence import not_spared
from monitor.claims.agent_phrases import by_side_of, names_an_outlet
from monitor.claims.answers import answer_particle
from monitor.claims.asides import air_defence, aside, attribute_participle, cause_of, fire_attribute
from monitor.claims.cases import genitive_after
from monitor.claims.clause_subjects import another_clauses_subject
from monitor.claims.morphology import clause_between, is_verb, verb_follows
from monitor.claims.negation_reach import instruction, set_against, unconfirmed
from monitor.claims.roles import SideRoles, stands_before
from monitor.claims.rules import Hit
from monitor.config import ClaimRule
from monitor.domain import Actor, Stance
from monitor.text.lemmas import WORD_RE, Doc, lemmas_of, parse_word

Cues = Mapping[str, Sequence[Hit]]
NEGATION_REACH = 3
DENIAL_REACH = 12
OPPOSITE: dict[str, Actor] = {"ru": "ua", "ua": "ru"}
FORCE_CUES: dict[str, str] = {
    "russian_forces": "ru",
    "ukrainian_forces": "ua",
    "other_forces": "other",
    "own_forces": "own",
    "enemy_forces": "enemy",
}


def gap(hit: Hit, first: int, last: int) -> int:
    """Words strictly between the trigger and the span `first..last` (0 when adjacent)."""
    if first > hit.last:
        return first - hit.last - 1
    if last < hit.first:
        return hit.first - last - 1
    return 0


def resolve(cue: str, side: str | None) -> Actor | None:
    if cue in ("ru", "ua", "other"):
        return cue  # type: ignore[return-value]
    if side not in OPPOSITE:
        return None
    return side if cue == "own" else OPPOSITE[side]  # type: ignore[return-value]


def find_actor(
    doc: Doc,
    cues: Cues,
    hit: Hit,
    rule: ClaimRule,
    side: str | None,
    window: int,
    agent_slots: frozenset[int] = frozenset(),
    place_starts: frozenset[int] = frozenset(),
) -> Actor | None:
    """The actor the sentence names for the trigger `hit`, or None when it names none.
    `agent_slots`: token positions right after an action noun («удара ВСУ»), whose cue is
    that action's agent whatever the trigger's role («погибли в результате удара ВСУ»);
    `place_starts`: the first tokens of the post's places."""
    sentence = doc.tokens[hit.first].sentence
    responded = _response_before(doc, cues, hit)
    roles = SideRoles.of(doc, cues, hit, rule, agent_slots, place_starts)
    best: tuple[float, Actor] | None = None
    for name, side_cue in FORCE_CUES.items():
        for cue in cues.get(name, ()):
            if doc.tokens[cue.first].sentence != sentence or cue.first < responded:
                continue
            distance = gap(hit, cue.first, cue.last)
            actor = resolve(side_cue, side)
            if distance > window or actor is None:
                continue
            before = stands_before(doc, hit, cue, roles.role)
            if _names_no_side(doc, cues, hit, cue, rule, agent_slots):
                continue
            enemy = actor == OPPOSITE.get(side or "")
            if (
                another_clauses_subject(doc, hit, cue, rule, enemy, place_starts)
                or aside(doc, hit, cue)
                or attribute_participle(doc, hit, cue)
            ):
                continue
            if roles.silent(cue, before) or fire_attribute(doc, hit, cue):
                continue
            # a build-up's troops right after it, or after a noun joined to it, are its owner
            # («Ми фіксуємо накопичення сил противника», «… живої сили та техніки противника»)
            owner = rule.type == "deployment" and genitive_after(doc, hit.last, cue.first)
            located = in_country(doc, cue)  # a struck country (the others were skipped)
            if (
                actor in OPPOSITE
                and not owner
                and (located or air_defence(doc, cue) or roles.names_victim(cue, before))
            ):
                actor = OPPOSITE[actor]
            # a noun trigger's own agent right after it wins («Бійці зупинили ДРГ противника»)
            own_agent = owner or (cue.first == hit.last + 1 and cue.first in agent_slots)
            score = -1.0 if own_agent else distance + (0.0 if before else 1.5)
            if best is None or score < best[0]:
                best = (score, actor)
    if best is None:
        return None
    if rule.cue_role == "object":  # the victim's claim: the side acted on
        return OPPOSITE.get(best[1], best[1])
    return best[1]


def _names_no_side(
    doc: Doc, cues: Cues, hit: Hit, cue: Hit, rule: ClaimRule, agent_slots: frozenset[int]
) -> bool:
    """A source, a country where a claim other than a strike happens, or an attack's agent as
    an evacuation's (not its: «из-за обстрелов / попыток ВСУ …»)."""
    return (
        in_source(doc, cues, cue)
        or (in_country(doc, cue) and not _struck_country(doc, hit, cue, rule))
        or (
            rule.type == "evacuation"
            and (cue.first in agent_slots or by_side_of(doc, cue) or cause_of(doc, cue))
        )
    )


def _response_before(doc: Doc, cues: Cues, hit: Hit) -> int:
    """The start of «в ответ на» right before the trigger, else -1: the side named before it
    responds; the trigger is the other side's act («Россия ... в ответ на удары по Брянской»)."""
    for cue in cues.get("response", ()):
        if (
            0 <= hit.first - cue.last <= 4
            and doc.tokens[cue.first].sentence == doc.tokens[hit.first].sentence
        ):
            return cue.first
    return -1


def source_side(doc: Doc, cues: Cues, hit: Hit, side: str | None) -> Actor | None:
    """The side whose own source relays the trigger's sentence («Минобороны РФ заявило об
    освобождении …», «Генштаб ЗСУ повідомив …»), nearest first: a side reports its own acts."""
    sentence = doc.tokens[hit.first].sentence
    best: tuple[int, Actor] | None = None
    for name, side_cue in FORCE_CUES.items():
        for cue in cues.get(name, ()):
            actor = resolve(side_cue, side)
            if (
                actor in OPPOSITE
                and doc.tokens[cue.first].sentence == sentence
                and in_source(doc, cues, cue)
                and (best is None or gap(hit, cue.first, cue.last) < best[0])
            ):
                best = (gap(hit, cue.first, cue.last), actor)
    return best[1] if best is not None else None


# A country's name after these is where a thing happens («На Украине взрывы», «у Росії»):
# no side in action, the victim of a strike
COUNTRIES = frozenset({"россия", "рф", "украина", "росія", "україна"})
IN_COUNTRY = frozenset({"в", "во", "на", "у"})


def in_country(doc: Doc, hit: Hit) -> bool:
    """Whether the cue is a country's name after «в»/«на» (and the Ukrainian «у»)."""
    first = hit.first
    return (
        first == hit.last
        and first > 0
        and doc.tokens[first - 1].form in IN_COUNTRY
        and (doc.tokens[first - 1].form != "у" or doc.lang == "uk")  # «у России есть»: its own
        and not COUNTRIES.isdisjoint(lemmas_of(doc.tokens[first].form, doc.lang))
    )


def _not_only(doc: Doc, negation: int) -> bool:
    """«Не только Донецк под обстрелом»: «не только», «не лише» adds, it denies nothing; nor
    does «не меньше 20 двухсотых», «не менше 20» (at least)."""
    after = negation + 1
    return after < len(doc.tokens) and doc.tokens[after].form in ONLY


ONLY = frozenset(["только", "лишь", "лише", "тільки", "меньше", "менее", "менше", "менш"])


def _struck_country(doc: Doc, hit: Hit, cue: Hit, rule: ClaimRule) -> bool:
    """Whether a country named where a strike happens is its victim: in the strike's clause,
    not a place a verb's subject speaks from («В России прокомментировали удар по Днепру»)."""
    left, right = sorted((cue.last, hit.first if cue.last < hit.first else hit.last))
    return (
        rule.type == "strike"
        and not verb_follows(doc, cue.last + 1, past_adverb=False)
        and not clause_between(doc, left, right)
    )


def in_source(doc: Doc, cues: Cues, cue: Hit) -> bool:
    """An actor cue that names a source, not a side in action: «по данным Минобороны РФ»,
    «сообщает Генштаб ВСУ», «украинские СМИ сообщают», a headline's «…, — украинские СМИ»."""
    if _in_headline_credit(doc, cue) or names_an_outlet(doc, cue):  # «украинских пабликов»
        return True
    for source in (*cues.get("reported", ()), *cues.get("own_source", ())):
        if source.first <= cue.first <= source.last:
            return True
        if 0 < cue.first - source.last <= 2 and not clause_between(doc, source.last, cue.first):
            return True
    # the subject of a source verb: «российские военные блоги сообщают, что …» (in one
    # sentence: not «…начался «курский поход» ВФУ. Тогда многие писали…»)
    return any(
        0 < source.first - cue.last <= 3
        and is_verb(doc.tokens[source.first].form, doc.lang)
        and doc.tokens[source.first].sentence == doc.tokens[cue.last].sentence
        and not clause_between(doc, cue.last, source.first)
        for source in cues.get("reported", ())
    )


# the characters a headline's text may start and end with (`_trimmed`)
_STARTS = re.compile(r"[\w«\"]")
_ENDS = re.compile(r"[\w»\":]")
_DASHED_TAIL = re.compile(r"\s[—–-]\s+([^—–]+)$")
MAX_CREDIT_WORDS = 4


def _in_headline_credit(doc: Doc, cue: Hit) -> bool:
    """Whether the cue stands in the credit after a dash that ends the post's first line, a
    few words with no verb after its own: «Взрывы в Харькове, — украинские СМИ»."""
    tokens = doc.tokens
    if tokens[cue.first].sentence != tokens[0].sentence:
        return False
    line_end = doc.text.find("\n", tokens[0].start)
    line_end = len(doc.text) if line_end < 0 else line_end
    dash = max(doc.text.rfind(mark, tokens[0].start, tokens[cue.first].start) for mark in "—–")
    if dash < 0 or cue.last + 1 >= len(tokens) or tokens[cue.last + 1].start >= line_end:
        return False
    tail = [i for i, t in enumerate(tokens) if dash < t.start < line_end]
    return (
        len(tail) <= MAX_CREDIT_WORDS
        and not any(is_verb(tokens[i].form, doc.lang) for i in tail)
        and any(not MEDIA.isdisjoint(tokens[i].lemmas) for i in tail if i > cue.last)
    )


# What a side's adjective names in a headline's credit: its media, not its forces
MEDIA = frozenset(
    ["сми", "змі", "медиа", "медіа", "паблик", "паблики", "паблік", "пабліки", "издание",
     "видання", "источник", "джерело", "канал", "журналист", "журналіст", "монитор", "монітор",
     "телеграм-канал", "соцсеть", "соцмережа", "блогер", "блоги", "блог"]
)  # fmt: skip


def headline_source(text: str, lang: str, names: frozenset[str]) -> bool:
    """Whether the post's first line credits a source for the whole post: «Удар по Сумам:
    шесть погибших — местные власти», «Взрывы в Курске, — СМИ», «Минобороны РФ:»."""
    line = next((line for line in text.splitlines() if line.strip()), "")
    line = _trimmed(line.replace("*", "").replace("_", ""))
    if line.endswith(":"):
        credit = line[:-1]
    else:
        found = _DASHED_TAIL.search(line)
        if found is None:
            return False
        credit = found.group(1)
    words = WORD_RE.findall(credit)
    if not words or len(words) > MAX_CREDIT_WORDS:
        return False
    return any(
        not names.isdisjoint(parse_word(word, lang)[1]) or word.casefold() in names
        for word in words
    )


def _trimmed(line: str) -> str:
    """`line` without the marks before its first word or quote and after its last word, quote
    or colon, in linear time (a regex anchored at the end tried every start of a long run of
    spaces: 3.5 s for 20,000)."""
    first = _STARTS.search(line)
    if first is None:
        return ""
    end = len(line)
    while end > first.start() and not _ENDS.match(line, end - 1):
        end -= 1
    return line[first.start() : end]


# A line that credits the post to another channel: a repost («Источник: @channel»).
_CREDIT_LINE = re.compile(
    r"^[^\w\n]*(?:(?:источник|джерело|source|via)\s*:|взято (?:с|из|у|з)\s)",
    re.IGNORECASE | re.MULTILINE,
)


def credit_line(text: str) -> bool:
    """Whether a line of the post credits it to another source: «Источник: @channel»,
    «Джерело: …», «Взято с …» (a repost: its claims are reported)."""
    return _CREDIT_LINE.search(text) is not None


def stance_of(doc: Doc, cues: Cues, hit: Hit, headline_reported: bool = False) -> Stance:
    token = doc.tokens[hit.first]
    sources = cues.get("reported", ())
    for cue in cues.get("negation", ()):
        if (
            doc.tokens[cue.first].sentence == token.sentence
            and (
                hit.first - NEGATION_REACH <= cue.first < hit.first
                or hit.first < cue.first < hit.last
            )
            # «если не врут»: a relay's own negation denies nothing
            and not any(s.first <= cue.first <= s.last for s in sources)
            and not unconfirmed(doc, cue.last, hit.first)
            and not set_against(doc, cue.last, hit.first)
            and not instruction(doc, cue.last, hit.first)
            and not answer_particle(doc, cue.first, cue.last)
            and not not_spared(doc, hit.first)
            and not _not_only(doc, cue.last)
        ):
            return "denied"
    for cue in cues.get("denied", ()):
        cue_token = doc.tokens[cue.first]
        if cue_token.sentence == token.sentence or (
            cue_token.paragraph == token.paragraph and 0 < cue.first - hit.last <= DENIAL_REACH
        ):
            return "denied"
    if any(doc.tokens[c.first].sentence == token.sentence for c in cues.get("own_source", ())):
        return "asserted"
    if headline_reported:
        return "reported"
    for cue in cues.get("reported", ()):
        if introduces(doc, doc.tokens[cue.first].sentence, token.sentence) and not contradicted(
            doc, cue
        ):
            return "reported"
    return "asserted"


# Words that set a source against the text rather than relay it: «Вопреки заявлениям Генштаба
# ВСУ, наши …» speaks in the channel's voice
CONTRARY = frozenset(["вопреки", "вразрез", "опровергая", "отличие", "всупереч", "відміну"])
CONTRARY_REACH = 3


def contradicted(doc: Doc, cue: Hit) -> bool:
    """Whether a contrary word («вопреки») governs the source `cue`: right before it, in one
    phrase («Вопреки заявлениям Генштаба ВСУ, наши …»; not «Вопреки прогнозам, губернатор
    сообщил …»)."""
    sentence = doc.tokens[cue.first].sentence
    return any(
        doc.tokens[i].sentence == sentence
        and doc.tokens[i].form in CONTRARY
        and not clause_between(doc, i, cue.first)
        for i in range(max(0, cue.first - CONTRARY_REACH), cue.first)
    )


def introduces(doc: Doc, source: int, claim: int, *, paragraph: bool = False) -> bool:
    """A source cue in sentence `source` covers sentence `claim`: the same sentence, the post's
    first sentence («… сообщает Минобороны РФ» relays the post; with `paragraph`, one with more
    on its line its paragraph: «По данным украинских СМИ, …\n\nНаши заходят в X» are the
    author's), or the sentence right before it when that one ends with a colon."""
    if source == claim:
        return True
    last = max((t for t in doc.tokens if t.sentence == source), key=lambda t: t.end)
    if source == 0 and "\n" not in doc.text[: doc.tokens[0].start].strip():
        line_end = doc.text.find("\n", last.end)
        rest = doc.text[last.end : line_end if line_end >= 0 else len(doc.text)].rstrip()
        if not paragraph or rest.endswith(":") or not any(c.isalnum() for c in rest):
            return True
        first = next(t for t in doc.tokens if t.sentence == claim)
        return "\n\n" not in doc.text[last.end : first.start].replace(" ", "")
    if source != claim - 1:
        return False
    return doc.text[last.end : last.end + 3].lstrip(" »\"'*_").startswith(":")
