"""claims.toml: the claim-rule language. Trigger words per claim type (`ClaimRule`) and the cue
words that decide a claim's actor and stance (`ClaimCues`); monitor.claims compiles them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from monitor.config.base import _Strict

Words = dict[Literal["ru", "uk", "en"], list[str]]
ActorDefault = Literal[
    "cue",
    "own",
    "enemy",
    "ru",
    "ua",
    "other",
    "unknown",
    "by_target",
    "by_place",
    "attacker",
    "occupier",
]


class ClaimRule(_Strict):
    """One group of trigger words for one claim type (a type may have several groups).

    Trigger words are written in any form (dictionary form is clearest) and matched on lemmas;
    a phrase matches its words in order with at most two other words between them; a word ending
    in `*` matches any word starting with it, a word starting with `=` that form only. `actor` is
    used when no actor cue is found: `own`/`enemy` are relative to the channel's side,
    `by_target` is the side the place is not in, `by_place` the side it is in (the authorities
    that evacuate it), `attacker` the side the genres tell pushes of when they name none (a
    Russian channel's own forces, a Ukrainian channel's enemy), `occupier` the side whose
    country the place is not in, however long it has been held (occupied Crimea is Russia's).
    """

    type: str
    name: str = ""
    triggers: Words
    window: int = Field(6, ge=0, description="how many words a trigger may stand from the place")
    place: Literal["required", "optional"] = "required"
    actor: ActorDefault = "cue"
    cue_role: Literal["agent", "patient", "svo", "object", "defender"] = Field(
        "agent",
        description="what the nearest actor cue names: the side acting (agent), the "
        "side suffering (patient), the actor before the trigger and the victim after (svo), "
        "as svo where the claim is the victim's («отбросили ВСУ»: the ВСУ withdraw) (object), "
        "or the side that repels before the trigger and the attacker after (defender)",
    )
    object_genitive: bool = Field(
        False,
        description="a side named right after a noun trigger is what it acts on, not its "
        "agent («знищення окупантів», «поражение живой силе ВСУ»)",
    )
    context: Words = {}
    unless: Words = {}
    context_window: int = Field(5, ge=1)
    civil: Words = Field(
        {},
        description="words of a crime or an everyday misfortune («убийство», «зарезал», «ДТП»): "
        "anywhere on the trigger's line they veto it, unless a word of `armed` stands there too",
    )
    household_gas: bool = Field(
        False,
        description="no claim in a post that tells of household gas anywhere (a leak, a "
        "gas-air mixture, a cylinder: «В Пятигорске произошёл взрыв … хлопок газовоздушной "
        "смеси») and names no weapon or attack",
    )
    armed: Words = Field(
        {},
        description="weapons and attacks that keep a trigger on a `civil` line, or near an "
        "`unarmed` word, a claim",
    )
    unarmed: Words = Field(
        {},
        description="words that veto the trigger within context_window words unless a word of "
        "`armed` stands there too: a car («удар автомобиля о столб» is a crash, «удар "
        "FPV-дрона по автомобилю» a strike)",
    )
    needs_side: bool = Field(
        False,
        description="the trigger counts only where a side is named within context_window words "
        "(«ВСУ», «наши», «противник»), or in the post with context_scope post: «бежать», "
        "«в сторону» are war news only then",
    )
    lists: bool = Field(True, description="extend the claim to places listed with its place")
    clause_bound: bool = Field(
        False,
        description="a place after the trigger counts only in the trigger's own clause: not "
        "past a comma or dash that opens a clause with a subject or verb of its own and no "
        "claim word («после атаки дрона, поиски пропавшего в районе X»)",
    )
    points_back: bool = Field(
        False,
        description="the trigger is a predicate about the place before it, across a comma: "
        "«Додавили хохлов в Курахово, город наш»",
    )
    place_not_after: Words = Field(
        {}, description="a place right after these words is not this rule's place (origins)"
    )
    place_prefer_after: Words = Field(
        {}, description="a place right after these words is preferred (destinations)"
    )
    region_capture_is_advance: bool = Field(
        True,
        description="a capture claim on a district or oblast becomes `advance` (nobody takes "
        "a whole oblast in one claim); false for control-state words («ТОТ АР Крим»)",
    )
    held_whole: list[str] = Field(
        [],
        description="regions (gazetteer keys) one side holds whole: a capture claim there stays "
        "a capture («ТОТ АР Крим»), while the occupied part of any other oblast is an advance",
    )
    sentence_end: bool | Literal["clause"] = Field(
        False,
        description="the trigger counts only as the last word of its sentence: «Угледар — всё.», "
        'not «всё больше», «всё спокойно»; "clause": of its clause («Горналь наш, Гуево наш»)',
    )
    coded_number: bool = Field(
        False,
        description="the trigger, a soldiers' code written as a number («200», «300»), counts "
        "only quoted or tied by a dash to its count: «☠️ 200 — 487», «1 — 200», «— «200»»; "
        "not «200 рублей»",
    )
    side_or_front: bool = Field(
        False,
        description="a settlement of the front (`[front] raions` in places.toml) within the "
        "window stands in for the side needs_side asks and the context words: a blogger's bare "
        "«Взяли Авдеевку!» is the war, «Взяли Сочи на майские» is not; «Под Курахово погибли "
        "двое» is",
    )
    adjacent: bool = Field(
        False,
        description="the trigger's words stand together, no word between: «уже в» of «хохлы "
        "уже в Судже», not of «уже имели место в»",
    )
    passive_only: bool = Field(
        False,
        description="the trigger counts only as a passive participle: «Работино взято», not "
        "«взять Одессу», «взятие Одессы»",
    )
    active_only: bool = Field(
        False,
        description="the trigger counts only in the active voice, its place before it only as "
        "its object: «Андреевку потеряли», not «Суджа потеряна», «Херсон потерял свет»",
    )
    facility_struck: bool = Field(
        False,
        description="an advance on a named facility is a strike on it: «ВСУ атаковали ГИС "
        "«Суджа»» (an attack with no weapon named is a ground attack elsewhere)",
    )
    rear_struck: bool = Field(
        False,
        description="an advance on a settlement off the front (`[front] raions` in places.toml) "
        "is a strike: «Атакованы Курчатов, Льгов» (no ground attack reaches them)",
    )
    region_struck: bool = Field(
        False,
        description="an advance on a whole oblast or region is a strike on it: «ворог атакував "
        "Херсонщину» (a ground attack is told at a village)",
    )
    ground_repelled: bool = Field(
        False,
        description="a strike whose sentence names attacking troops (infantry, armour, assault "
        "groups) and weapons only after the attack was repelled is the attackers' advance: "
        "«атаковать тремя группами на бронетехнике, атаки отбиты артиллерией»",
    )
    foreign_ground: bool | Literal["cities"] = Field(
        False,
        description="the claim holds only where its actor is not in its own country: an "
        "incursion's «позиции ВСУ» in Kursk Oblast, not those in Zaporizhzhia Oblast; "
        '"cities": only a city or wider at home is no news («Белгород наш»), a village or town '
        "taken back is («Андріївка — наша!»)",
    )
    context_after_active: bool = Field(
        False,
        description="before an active verb a `context` word is its subject, not its object: "
        "it counts there only where the trigger is passive or no verb («три дрона сбиты», "
        "«шахед — мінус»; not «Дрони знищили ворожу САУ»)",
    )
    context_scope: Literal["window", "post", "sentence_before"] = Field(
        "window",
        description="where `context` words count: within `context_window` words in the "
        "trigger's sentence, anywhere in the post's analysed lines (post), or also in the "
        "sentence right before the trigger's in its paragraph (sentence_before: «Хохлы "
        "обстреляли Шебекино. Повреждены дома, ранен мужчина»)",
    )
    carry_over: int = Field(
        0,
        ge=0,
        description="if the sentence names no place, use the paragraph's last place "
        "up to this many words back (0: never)",
    )
    carry_over_pointed: bool = Field(
        False,
        description="carry a place over only when the sentence points back to it (an "
        "`anaphora` cue: «там», «в посёлке»); the headline's place needs no pointer when the "
        "headline is a short label",
    )
    place_side: Literal["both", "after", "before"] = Field(
        "both",
        description="where the place may stand: on either side of the trigger, only after "
        "it («в сторону Суджи»: the places before are where the move starts), or only before "
        "it, as the subject a state is said of («Торецк за нами», «Мирноград пал»)",
    )
    region_fallback: bool = Field(
        False,
        description="if the sentence names no place and no earlier place is near enough, "
        "use the one oblast or region the post names (none when it names several)",
    )
    air_report_strike: bool = Field(
        False,
        description="in a post that names a weapon from afar or shelling (`air_weapons` cues) "
        "and no ground fighting (`ground_fighting` cues), the claim is a strike: «Російські "
        "війська атакували Куп'янськ, Борову» in a police report on shelling",
    )
    confidence: float = Field(0.8, gt=0, le=1)

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        from monitor.domain import CLAIM_TYPES

        if value not in CLAIM_TYPES:
            raise ValueError(f"unknown claim type {value!r}; known: {', '.join(CLAIM_TYPES)}")
        return value


class ClaimCues(_Strict):
    """Words that decide a claim's actor and stance, per language (see config/claims.toml)."""

    russian_forces: Words = {}
    ukrainian_forces: Words = {}
    other_forces: Words = {}
    own_forces: Words = {}
    enemy_forces: Words = {}
    victim_markers: Words = {}
    object_markers: Words = {}
    reported: Words = {}
    own_source: Words = {}
    ukrainian_sources: Words = {}
    russian_sources: Words = {}
    denied: Words = {}
    negation: Words = {}
    failed: Words = {}
    irrealis: Words = {}
    partial: Words = {}
    partial_near: Words = {}
    property: Words = {}
    whole: Words = {}
    list_glue: Words = {}
    road: Words = {}
    response: Words = {}
    source_names: Words = {}
    anaphora: Words = {}
    continuation: Words = {}
    air_weapons: Words = {}
    ground_fighting: Words = {}
    cue_window: int = Field(12, ge=1)


class ClaimsFile(_Strict):
    version: int = 1
    cues: ClaimCues = ClaimCues()
    rules: list[ClaimRule] = []
