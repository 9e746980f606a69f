"""Whether a side named near a trigger is the one acting or the one suffering (see
`voice.find_actor`, which picks the nearest such side).

* under svo a side inside a gapped trigger after its verb («выбили ВСУ из X») or fronted in
  the accusative («Окупантів вибили з X») is the object; one before the verb is its subject
  («Из X наши выбили хохлов»);
* a side in the nominative by its ending is a subject wherever it stands: after its verb
  («По X отработали хохлы») or after a marker it cannot be the object of («По X укры кладут»);
* a side written into an agent's trigger names it («позиции ВСУ»);
* a passive turns the roles round, in its own clause only: «Ворог атакував X, в Y
  пошкоджено …» names the attacker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from monitor.claims.agent_phrases import attack_of, by_side_of
from monitor.claims.asides import after_fire
from monitor.claims.cases import by_instrument, owning_case
from monitor.claims.fronted import carries_out, opens_clause, place_before
from monitor.claims.morphology import (
    PREPOSITIONS,
    after_preposition,
    clause_between,
    fronted_object,
    is_adjective,
    is_instrumental,
    is_noun,
    is_verb,
    noun_like,
    passive_trigger,
    subject_form,
)
from monitor.claims.objects import object_slots
from monitor.claims.rules import Hit
from monitor.config import ClaimRule
from monitor.text.lemmas import Doc

Cues = Mapping[str, Sequence[Hit]]

# Relative pronouns in a case other than the nominative: their antecedent is not the subject.
OBLIQUE_RELATIVES = frozenset(
    {
        "которых",
        "которого",
        "которую",
        "которой",
        "которым",
        "кого",
        "яких",
        "якого",
        "яку",
        "якій",
        "яким",
    }
)


@dataclass(frozen=True)
class SideRoles:
    """What decides, for one trigger, whether a side named near it acts or suffers."""

    doc: Doc
    hit: Hit
    rule: ClaimRule
    role: str
    objects: set[int]
    nominal: bool
    passive: bool
    relative: int | None
    agent_slots: frozenset[int]
    fronted_place: bool = False  # a place opens the clause right before the trigger

    @classmethod
    def of(
        cls,
        doc: Doc,
        cues: Cues,
        hit: Hit,
        rule: ClaimRule,
        agent_slots: frozenset[int],
        place_starts: frozenset[int] = frozenset(),
    ) -> SideRoles:
        objects = object_slots(doc, cues, hit, agent_slots, place_starts)
        # «удар ВСУ»: the genitive after an action noun is its agent; not where the rule's cue
        # names the victim («окружение ВСУ»), nor where the noun acts on it («знищення
        # окупантів»: that genitive is an object)
        last = doc.tokens[hit.last].form  # (a phrase may end in its object: «поражение технике»)
        nominal = rule.cue_role != "patient" and is_noun(last, doc.lang)
        nominal = nominal and (hit.first == hit.last or owning_case(last, doc.lang))
        if nominal and rule.object_genitive and not after_preposition(doc, hit):
            objects.add(hit.last + 1)  # not «взяли в плен украинские боевики»: the subject
            nominal = False
        return cls(
            doc,
            hit,
            rule,
            "svo" if rule.cue_role == "object" else rule.cue_role,
            objects,
            nominal,
            rule.cue_role != "defender" and passive_trigger(doc, hit),  # «отражены атаки ВСУ»
            _relative_pronoun_before(doc, hit),
            agent_slots,
            place_before(doc, hit, place_starts),
        )

    def silent(self, cue: Hit, before: bool) -> bool:
        """Whether a side before a verb trigger of an agent's rule, or before the verb of a noun
        trigger («развивают наступление»), can be no subject of it: in the accusative or
        genitive only, it is another verb's object («Сили оборони відкинули ворога … та
        відновили положення»: «ворога» says nothing of who restored them)."""
        doc, hit = self.doc, self.hit
        verb = hit.first - 1  # a noun trigger's verb right before it
        if self.role == "agent" and before and _target_opens_the_clause(doc, hit, cue):
            return True
        return (
            self.role == "agent"
            and before
            and not self.passive
            and (
                is_verb(doc.tokens[hit.first].form, doc.lang)
                or (cue.last < verb and is_verb(doc.tokens[verb].form, doc.lang))
            )
            and cue.first not in self.agent_slots
            and fronted_object(doc, cue)
            and not _possessor(doc, cue)
        )

    def names_victim(self, cue: Hit, before: bool) -> bool:
        """Whether the side `cue` names is on the receiving end of the trigger."""
        doc, hit = self.doc, self.hit
        antecedent = self.relative is not None and cue.last < self.relative  # «ВСУшники, которых»
        if before and _receives(doc, cue, hit):
            return True
        if self._acts(cue, before, antecedent):
            return False
        if self.role == "defender":
            # «Сили оборони відбили п'ять атак»: the subject repels; a passive names only the
            # attacker, on either side («атаки ВСУ отражены», «сбиты украинские БПЛА»)
            # (a side before it in another clause is that clause's: «ВСУ атаковали X, ПВО сбила
            # 20 беспилотников»)
            return before and not passive_trigger(doc, hit) and not _other_clause(doc, hit, cue)
        return _names_victim(
            self.role,
            before,
            cue.first in self.objects or (self.role == "svo" and before and _fronted(doc, cue)),
            self.passive and not _other_clause(doc, hit, cue),
            antecedent,
        )

    def _fronted_subject(self, cue: Hit, before: bool) -> bool:
        """A side after a trigger whose object stands fronted before it: its verb's subject."""
        doc, hit = self.doc, self.hit
        # a side between a noun trigger that opens its clause and a verb is that verb's
        # subject, where the noun's marker does not reach it: «Удар по Белгороду ВСУ нанесли
        # ночью» (not «Після удару дрона по бліндажу окупанти здалися»: another act's)
        fronted_noun = (
            self.nominal
            and not before
            and cue.first not in self.objects
            and not clause_between(doc, hit.last, cue.first)
            and opens_clause(doc, hit.first)
            and not fronted_object(doc, cue)
            and carries_out(doc, cue.last + 1)
        )
        # the verb's object a place fronted before it: the side right after it is its subject
        # («Бахмут взяли наши бойцы»)
        after_object = (
            self.fronted_place
            and self.role == "svo"
            and not self.passive
            and cue.first == hit.last + 1
            and not before
            # (not after a preposition the trigger ends with: «Авдеевку очистили от ВСУ»)
            and is_verb(doc.tokens[hit.last].form, doc.lang)
        )
        return fronted_noun or after_object

    def _acts(self, cue: Hit, before: bool, antecedent: bool) -> bool:
        doc, hit = self.doc, self.hit
        # a side written into an agent's trigger names it: «позиции ВСУ» are the ВСУ's (not a
        # word a verb's phrase skips: «прорвати нашу оборону»), and so does one inside a phrase
        # that opens with a preposition, its noun's attribute: «під ворожим вогнем», «под
        # вражеским обстрелом»
        within_hit = hit.first <= cue.first and cue.last <= hit.last
        inside = within_hit and (
            (self.role == "agent" and doc.tokens[cue.first].form in hit.phrase.casefold().split())
            or (
                self.role in ("agent", "patient", "svo")
                and hit.first < cue.first
                and doc.tokens[hit.first].form.casefold() in PREPOSITIONS
            )
        )
        # a side in the nominative is the subject («По X отработали хохлы»), whatever marker
        # stands before it
        subject = (
            self.rule.cue_role in ("svo", "agent")
            and not self.passive
            and not antecedent
            and not _reflexive(doc, hit)
            and subject_form(doc, cue)
        )
        return (
            inside
            or subject
            or self._fronted_subject(cue, before)
            or (
                self.rule.cue_role in ("svo", "agent")
                and not self.passive
                and _we_before_the_verb(doc, hit, cue)
            )
            or by_side_of(doc, cue)
            or attack_of(doc, cue)
            or (cue.first in self.agent_slots and cue.first not in self.objects)
            or _agent_by_form(doc, hit, cue, before, self.nominal, self.passive, self.objects)
            # «переправы простреливаются нашей артиллерией», «под огнём нашей арты»: the
            # victim's claim, done by it
            or (self.role == "patient" and not before and by_instrument(doc, cue))
            or (self.role == "patient" and after_fire(doc, cue))
        )


def _fronted(doc: Doc, cue: Hit) -> bool:
    """Whether a side before the verb is its fronted object, or owns one: «Окупантів вибили з
    X», «Офицера ВС РФ убили» (not «Ударные БПЛА противника атаковали X»: the drones act)."""
    if not _possessor(doc, cue):
        return fronted_object(doc, cue)
    owner = cue.first - 1
    opener = owner - 1
    while opener >= 0 and is_adjective(doc.tokens[opener].form, doc.lang):
        opener -= 1
    return (
        not subject_form(doc, cue)
        # a noun after a preposition is that preposition's («в ночь на субботу наши военные»,
        # «в последний раз ВС РФ наносили удар», «за неделю наши подразделения заняли»)
        and (opener < 0 or doc.tokens[opener].form not in OPENERS)
        and fronted_object(doc, Hit(cue.payload, owner, owner, doc.tokens[owner].form))
    )


# Prepositions whose noun may stand right before a side that is no owner of it
OPENERS = PREPOSITIONS | {"за", "через", "после", "після", "спустя", "протягом"}


def _possessor(doc: Doc, cue: Hit) -> bool:
    """A side's genitive right after a noun is that noun's owner, not a fronted object:
    «Ударные БПЛА противника атаковали X» (the drones are the enemy's). After a victim noun
    («позиции противника») the side was among `objects` already."""
    before = cue.first - 1
    return (
        before >= 0
        and doc.tokens[before].sentence == doc.tokens[cue.first].sentence
        and not clause_between(doc, before, cue.first)
        and noun_like(doc, before)
    )


def _reflexive(doc: Doc, hit: Hit) -> bool:
    """A reflexive verb in the trigger, a passive in meaning: «знищуються окупанти»."""
    return any(
        doc.tokens[i].form.casefold().endswith(("ся", "сь")) for i in range(hit.first, hit.last + 1)
    )


# The passive's own auxiliary («был взят», «було пошкоджено») is no predicate of another clause
AUXILIARY = frozenset(
    ["был", "была", "было", "были", "будет", "будут", "був", "була", "було", "були", "буде"]
)


def _target_opens_the_clause(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether the trigger's clause opens with its target, past a clause mark after the side:
    «противник проводил ротацию — по колонне отработала артиллерия» (what the side did is
    another clause's; «по колонне» is the side's, hit by the other)."""
    start = hit.first
    while start > cue.last + 1 and not clause_between(doc, start - 1, start):
        start -= 1
    return (
        start > cue.last + 1
        and start < hit.first
        and doc.tokens[start].form == "по"
        and _other_clause(doc, hit, cue)
    )


def _other_clause(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """Whether a clause mark stands between the trigger and the cue: a passive's subject is in
    its own clause, so «Ворог атакував X, в Y пошкоджено …» names the attacker, not a victim."""
    left, right = (cue.last, hit.first) if cue.last < hit.first else (hit.last, cue.first)
    return (
        right > left
        and clause_between(doc, left, right)
        # a finite verb of its own: not a participle's phrase («Британец, воевавший за ВСУ,»)
        and any(
            is_verb(doc.tokens[i].form, doc.lang) and doc.tokens[i].form.casefold() not in AUXILIARY
            for i in range(left + 1, right)
        )
    )


def stands_before(doc: Doc, hit: Hit, cue: Hit, role: str) -> bool:
    """Whether a cue stands before the trigger; under svo a side inside a gapped trigger, after
    its verb, is that verb's object («выбили ВСУ из X», «выбить противника»), and one before
    its verb its subject («По Шебекино ВСУ выпустили 20 снарядов»)."""
    object_inside = (
        role == "svo"
        and hit.first < cue.first <= hit.last
        and any(is_verb(doc.tokens[i].form, doc.lang) for i in range(hit.first, cue.first))
    )
    return cue.last < hit.first or (cue.first < hit.last and not object_inside)


# The sides' words that are subjects only (no object, no owner after a noun has this form)
WE = frozenset(["наши", "наші", "мы", "ми"])


def _we_before_the_verb(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """«(без потерь) наши взяли X»: «наши» right before the trigger's verb is its subject,
    whatever noun stands before it (not «наши отбили атаки»: the attack is not theirs)."""
    return (
        cue.first == cue.last
        and cue.last + 1 == hit.first
        and doc.tokens[cue.first].form in WE
        and is_verb(doc.tokens[hit.first].form, doc.lang)
    )


def _agent_by_form(
    doc: Doc, hit: Hit, cue: Hit, before: bool, nominal: bool, passive: bool, objects: set[int]
) -> bool:
    """A passive's instrumental agent («захвачен российскими войсками»), or the genitive right
    after an action noun («удар ВСУ») that is no object."""
    if passive and _instrumental(doc, cue):
        return True
    return nominal and not before and cue.first - hit.last == 1 and cue.first not in objects


def _instrumental(doc: Doc, cue: Hit) -> bool:
    """The agent of a passive: «освобождены нашими», «захвачен российскими войсками», or a
    side right after an instrumental noun, that noun's owner: «взят подразделениями ВС РФ»."""
    owner = cue.first - 1
    return any(
        is_instrumental(doc.tokens[i].form, doc.lang) for i in range(cue.first, cue.last + 1)
    ) or (
        owner >= 0
        and doc.tokens[owner].sentence == doc.tokens[cue.first].sentence
        and is_noun(doc.tokens[owner].form, doc.lang)
        and is_instrumental(doc.tokens[owner].form, doc.lang)
        and not clause_between(doc, owner, cue.first)
    )


def _relative_pronoun_before(doc: Doc, hit: Hit) -> int | None:
    """The token index of an oblique relative pronoun opening the trigger's clause."""
    sentence = doc.tokens[hit.first].sentence
    for index in range(hit.first - 1, max(-1, hit.first - 4), -1):
        token = doc.tokens[index]
        if token.sentence != sentence:
            return None
        if token.form in OBLIQUE_RELATIVES:
            return index
    return None


def _names_victim(
    role: str, before: bool, after_object_marker: bool, passive: bool, antecedent: bool
) -> bool:
    """Whether an actor cue names the side on the receiving end rather than the one acting."""
    if after_object_marker or antecedent:
        return True
    if passive and role != "agent":
        # the passive's subject suffers, before or after it («окружена группа противника»);
        # its agent is in the instrumental («… российскими войсками»), caught before this
        return True
    if role == "patient":
        return True
    return role == "svo" and not before


# Verbs whose subject is on the receiving end: «Противник под Волчанском получил КАБами»,
# «окупанти отримали «подарунок» від наших дронів»
RECEIVING = frozenset(
    ["получить", "получать", "отхватить", "отхватывать", "словить", "огрести", "отгрести",
     "схлопотать", "отримати", "отримувати", "схопити", "вихопити"]
)  # fmt: skip


def _receives(doc: Doc, cue: Hit, hit: Hit) -> bool:
    """Whether the side `cue` names is the subject of a verb of receiving between it and the
    trigger, in one clause."""
    return any(
        not RECEIVING.isdisjoint(doc.tokens[index].lemmas)
        and not clause_between(doc, cue.last, index)
        for index in range(cue.last + 1, hit.first)
    )
