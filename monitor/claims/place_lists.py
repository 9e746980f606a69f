"""The places listed with a trigger's place: «освободили Малую Локню, Черкасское Поречное и
Косицу» gives three claims; a wider place that qualifies a finer one next to it («в Суджанском
районе Курской области») gives none of its own."""

from __future__ import annotations

import itertools

from monitor.claims.landmarks import landmark
from monitor.claims.list_items import item_of_its_own
from monitor.claims.locators import comparative_between, locators
from monitor.claims.morphology import PREPOSITIONS, clause_between, heading_between, is_verb
from monitor.claims.ranks import DISTRICT_RANK, SETTLEMENT_RANK, elliptic_region, list_line_break
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan
from monitor.claims.strike_targets import PLACE_PREPOSITIONS, another_target
from monitor.claims.tallies import glue_tokens, tally_group, tally_item
from monitor.text.lemmas import Doc

MAX_LIST_GAP = 10


def with_list(
    ctx: Context, chosen: PlaceSpan, claim_type: str, hit: Hit | None = None
) -> list[PlaceSpan]:
    """`chosen` and the places coordinated with it («X, Y и Z»), qualifiers left out; a
    list does not run across the trigger `hit` itself («X, Y — в сторону Z» lists Z
    alone). Bulleted list lines («:\n- X;\n- Y») continue the list across their line breaks."""
    same = _in_reach(ctx, chosen)
    position = same.index(chosen)
    axes = _passed_axes(ctx, same, chosen) | locators(ctx, same, chosen)
    result = [chosen]
    for step in (1, -1):
        current = chosen
        index = position + step
        passed: list[PlaceSpan] = []  # wider items left out so far, in a row
        bar = chosen.rank  # the rank of the item the list is of; each tally item has its own
        bridge: int | None = None  # the last token of an axis passed over
        while 0 <= index < len(same):
            other = same[index]
            if id(other) in axes:
                bridge, index = other.last, index + step
                continue
            left, right = (current, other) if step == 1 else (other, current)
            end, bridge = (left.last if bridge is None else bridge), None
            tally = tally_item(ctx, right)
            bar = other.rank if tally else bar
            if (
                not _glued(ctx, end, right.first, claim_type, hit if tally else None)
                # a place named again opens a phrase of its own: «обстреляли Климово и
                # Суземку, в Суземке ранен мужчина»
                or other.mention.place_key == current.mention.place_key
                or (not tally and _across(hit, left, right))
                or landmark(ctx.doc, left, right)
                or opens_own_clause(ctx, end, right)
                or _axis_of(ctx, left, right)
                or (step == -1 and _heads_off(ctx, end, right.first, claim_type))
                or (left.rank <= SETTLEMENT_RANK and comparative_between(ctx, end, right.first))
            ):
                break
            if (
                other.rank <= bar
                or other.rank == current.rank
                or _after_conjunction(ctx, other)  # «X, Y та Ізюмський район»
                or (step == -1 and _wider_item_before(ctx, current))  # «над X и над морем»
                or item_of_its_own(ctx, other)  # «Нікополь, Марганецька, … громади»
                or tally  # items of a tally: «Над X сбиты 8, 3 – над Черным морем»
                # a target of its own: «поражены ТЭС, подстанции в Харьковской … областях»
                or (claim_type == "strike" and another_target(ctx, left.last, right.first))
            ):
                # the items before it that share its noun: «Херсон, Бериславський та
                # Херсонський райони»
                result += [p for p in passed if p.rank == other.rank] if step == 1 else []
                result.append(other)
                passed = []
            else:
                passed.append(other)
            # a wider place between the items qualifies one («Надия (ЛНР) и Зверево (ДНР)»):
            # the list goes on past it
            current = other
            index += step
    return sorted(result, key=lambda s: s.first)


def _passed_axes(ctx: Context, same: list[PlaceSpan], chosen: PlaceSpan) -> set[int]:
    """The ids of the axes that say where the item before them lies and are no items: the list
    goes on past them («поблизу X та Y на Покровському напрямку, а також біля Z»)."""
    return {
        id(a)
        for s, a, b in zip(same, same[1:], [*same[2:], None], strict=False)
        if a is not chosen and _axis_of(ctx, s, a) and (b is None or _joined_on(ctx, a, b))
    }


def _joined_on(ctx: Context, axis: PlaceSpan, after: PlaceSpan) -> bool:
    """Whether a conjunction carries the list on past an axis to a place that ends its clause
    («…на Покровському напрямку, а також біля X», «… та біля X»), not a comma or «а» before a
    clause of its own («…, а біля Торецька ЗСУ відновили позиції», «…, Куп'янськ під
    обстрілами»)."""
    words = ctx.doc.text[axis.mention.end : after.mention.start].replace(",", " ").split()
    if words[:2] in (["а", "також"], ["а", "также"]):
        words = words[2:]
    elif words[:1] and words[0] in CONJUNCTIONS:
        words = words[1:]
    else:
        return False
    # and the place after it ends its clause: not «… і в Дачному йдуть бої», «… та біля
    # Торецька ЗСУ відновили позиції» (a clause of its own)
    rest = ctx.doc.text[after.mention.end :].split("\n", 1)[0].split()
    closes = not rest or rest[0][:1] in ".,;:!?)—–-" or rest[0].lower() in CONJUNCTIONS
    return len(words) <= 1 and closes


def _in_reach(ctx: Context, chosen: PlaceSpan) -> list[PlaceSpan]:
    """The places of `chosen`'s sentence, and of the bulleted lines that go on after it."""
    same = [s for s in ctx.places if s.sentence == chosen.sentence]
    later = [s for s in ctx.places if s.first > same[-1].last and s.sentence != chosen.sentence]
    for span in later:
        joined = span.sentence == same[-1].sentence  # the list goes on along a later line
        if not joined and not list_line_break(ctx.doc, same[-1].last, span.first):
            break
        same.append(span)
    return same


def opens_own_clause(ctx: Context, before: int, right: PlaceSpan) -> bool:
    """Whether the place after a comma past token `before` opens a clause of its own, a verb
    right after it: «вошли в Торецк, Мирноград пал», «бегут из Торецка, над Работино
    развевается флаг»."""
    after = right.last + 1
    return (
        clause_between(ctx.doc, before, right.first)
        and after < len(ctx.doc.tokens)
        and ctx.doc.tokens[after].sentence == right.sentence
        and not clause_between(ctx.doc, right.last, after)  # not «…, сообщило Минобороны»
        and is_verb(ctx.doc.tokens[after].form, ctx.doc.lang)
    )


def qualifier(ctx: Context, wide: PlaceSpan, listed: list[PlaceSpan]) -> bool:
    """Whether a wider place of a list qualifies a finer one next to it, with no clause mark
    between («в Суджанском районе Курской области»), rather than being an item of its own
    («атаковал Днепропетровщину дронами, в Синельниковском районе …»)."""
    if item_of_its_own(ctx, wide) or tally_item(ctx, wide):
        return False  # an item of its own
    listed = tally_group(ctx, wide, listed)
    later = [o for o in listed if o.first > wide.last]
    if (
        later
        and later[0].rank == wide.rank
        and (
            _after_conjunction(ctx, later[0])
            or ctx.doc.text[wide.mention.end : later[0].mention.start].strip() == ","
        )
    ):
        # one of items sharing a noun: «Херсон, Бериславський та Херсонський райони»,
        # «Нікополь, Марганецька, Мирівська та Покровська громади»
        return False
    return any(
        other.rank < wide.rank and (not _own_phrase(ctx, wide, other) or _heads(ctx, wide, other))
        for other in listed
    )


def _heads(ctx: Context, wide: PlaceSpan, other: PlaceSpan) -> bool:
    """Whether a wider place heads a line of finer ones after a dash or a colon, as a group's
    label: «🔸 Чернігівщина — Семенівка, Сеньківка», «Сумщина: Білопілля, Ворожба»."""
    between = ctx.doc.text[wide.mention.end : other.mention.start].strip()
    return other.first > wide.last and between in ("—", "–", "-", ":")


# Conjunctions that join items of one list («Куп'янськ, Борова та Ізюмський район»)
CONJUNCTIONS = frozenset(["и", "та", "і", "й", "также", "також"])


def _after_conjunction(ctx: Context, span: PlaceSpan) -> bool:
    """Whether a conjunction stands right before the place, or before its own preposition
    («над Брянской областью и над Азовским морем»: two items, not a region qualifying)."""
    tokens, before = ctx.doc.tokens, span.first - 1
    if before >= 1 and tokens[before].form in PLACE_PREPOSITIONS:
        before -= 1
    return before >= 0 and tokens[before].form in CONJUNCTIONS


def _heads_off(ctx: Context, left: int, right: int, claim_type: str) -> bool:
    """Whether a heading between two places sends the later one off on its own: a weapon's
    destination is its claim's alone («Шахед над X, рухається в бік Y»), while an attack near
    one place and toward another, joined by a conjunction, is at both («атакував поблизу X та
    в бік Y»)."""
    if not heading_between(ctx.doc, left, right):
        return False
    joined = any(ctx.doc.tokens[i].form in CONJUNCTIONS for i in range(left + 1, right))
    return claim_type == "strike" or not joined


def _wider_item_before(ctx: Context, current: PlaceSpan) -> bool:
    """Whether a wider place before `current`, joined by a conjunction, is an item of the list
    («над Брянской областью и над Азовским морем»), not its qualifier; not among an axis
    list's items («на Харьковском и Купянском направлениях»: the axis list's business)."""
    return not current.mention.axis and _after_conjunction(ctx, current)


def _axis_of(ctx: Context, left: PlaceSpan, right: PlaceSpan) -> bool:
    """An axis right after a place, past «на» alone, says where the place lies: «біля
    Зарічного на Лиманському напрямку» is no list of two."""
    if not right.mention.axis or left.mention.axis:
        return False
    between = ctx.doc.text[left.mention.end : right.mention.start]
    return between.strip() in ("на", "в", "у")


def _own_phrase(ctx: Context, one: PlaceSpan, other: PlaceSpan) -> bool:
    """Whether the later of two places is an item of its own: after a conjunction, or opening
    a phrase of its own after a clause mark."""
    first, second = (one, other) if one.first < other.first else (other, one)
    if second.first == 0:
        return False
    return _after_conjunction(ctx, second) or (
        clause_between(ctx.doc, first.last, second.first)
        and ctx.doc.tokens[second.first - 1].form in PLACE_PREPOSITIONS
    )


def _across(hit: Hit | None, left: PlaceSpan, right: PlaceSpan) -> bool:
    """Whether the trigger `hit` stands between the two places («X, Y — в сторону Z»)."""
    return hit is not None and left.last < hit.first <= hit.last < right.first


def _glued(ctx: Context, left: int, right: int, claim_type: str, shared: Hit | None = None) -> bool:
    """Whether only list glue («,», «и», counts, an elliptic oblast, words of this claim's own
    trigger, the `shared` verb of a tally) stands between tokens `left` and `right`."""
    if right - left - 1 > MAX_LIST_GAP:
        return False
    if claim_type == "strike" and another_target(ctx, left, right):
        return True
    glue = glue_tokens(ctx)
    unknown = False  # the word before is an item the matcher left undecided
    for index in range(left + 1, right):
        if shared is not None and shared.first <= index <= shared.last:
            continue
        types = ctx.trigger_types.get(index, set())
        form = ctx.doc.tokens[index].form
        # another trigger's type, or a verb of its own: «заняли X и выбили противника из Y»
        if types and (claim_type not in types or is_verb(form, ctx.doc.lang)):
            return False
        named = _unknown_name(ctx, index, glue) or (unknown and _name_goes_on(ctx, index))
        # a tally's shared verb may take a word of time or manner («уничтожены ночью 8 …»)
        aside = shared is not None and not is_verb(form, ctx.doc.lang)
        if not (
            form.isdigit()
            or index in glue
            or claim_type in types
            or elliptic_region(form)
            or named
            or aside
            # who holds the item: «над Белгородской областью, аннексированным Крымом и …»
            or form.startswith(_HELD_OR_ANNEXED)
        ):
            return False
        unknown = named
    return True


def _unknown_name(ctx: Context, index: int, glue: set[int]) -> bool:
    """A capitalised word after a comma or list glue: a list item the matcher left undecided
    («поблизу Олександропілля, Новотроїцького, Новоолександрівки» goes on past the second, a
    tally past «9 – над территорией Московского региона»)."""
    token = ctx.doc.tokens[index]
    return (
        index > 0
        and ctx.doc.text[token.start].isupper()
        and (
            index - 1 in glue
            or ctx.doc.text[ctx.doc.tokens[index - 1].end : token.start].strip() == ","
        )
    )


# The nouns that end an undecided item's name: «Московского региона», «Энской области»
_AREA_NOUNS = ("регион", "област", "кра", "округ", "республик", "район", "регіон", "облас")


def _name_goes_on(ctx: Context, index: int) -> bool:
    """The word after an undecided item goes on with its name: capitalised («Червоного
    Лиману») or an area noun («Московского региона»), with nothing but a space before it."""
    token, before = ctx.doc.tokens[index], ctx.doc.tokens[index - 1]
    if ctx.doc.text[before.end : token.start].strip():
        return False
    return ctx.doc.text[token.start].isupper() or token.form.startswith(_AREA_NOUNS)


# Words that open a phrase of place of its own inside a list («из X на Y», «з X до Y»)
RUN_BREAKERS = PREPOSITIONS | {"к", "ко", "над", "по"}


def marked_run(ctx: Context, span: PlaceSpan, claim_type: str) -> list[PlaceSpan]:
    """The places a marker right before `span` governs: the list running on after it, not back
    («в Глушково из Сумской»), nor past a preposition of its own («из Ольговки на
    Кругленькое»); only `span` after a word of who holds it, where the accusative after is the
    verb's object («обстріляли з окупованих Олешок Херсон та Антонівку»)."""
    if span.first > 0 and ctx.doc.tokens[span.first - 1].form.startswith(_HELD):
        return [span]
    after = [s for s in with_list(ctx, span, claim_type) if s.first >= span.first]
    return unprepositioned_run(ctx.doc, after)


def unprepositioned_run(doc: Doc, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """The first of `spans` (a list in text order) and those after it up to the first one that
    a preposition of its own opens."""
    run = spans[:1]
    for previous, span in itertools.pairwise(spans):
        between = {doc.tokens[i].form for i in range(previous.last + 1, span.first)}
        if between & RUN_BREAKERS:
            break
        run.append(span)
    return run


# A plural area noun the listed adjectives before it share: «Донецької та Луганської областей»
_SHARED_HEAD = frozenset(
    {"областей", "областях", "областям", "областями", "районів", "районов", "районах", "районам"}
)
_JOINING = CONJUNCTIONS - {"также", "також"}  # the list joiners a shared noun may follow


def one_head(ctx: Context, at: int) -> list[PlaceSpan]:
    """The areas listed after `ctx.places[at]` that share its noun, written once after the last
    of them («ТОТ Донецької та Луганської областей»): one phrase, where a rule takes no lists."""
    doc, found, end = ctx.doc, [], ctx.places[at].last
    for span in ctx.places[at + 1 :]:
        between = doc.text[doc.tokens[end].end : doc.tokens[span.first].start]
        if between.replace(",", " ").split() not in ([], *([w] for w in _JOINING)):
            return []
        found.append(span)
        if doc.tokens[span.last].form in _SHARED_HEAD:
            return found
        end = span.last
    return []


# An army's losses: «Противник потерял до 470 военнослужащих», «Втрати ворога склали …»
LOSS_WORDS = frozenset({"потерять", "потеря", "втратити", "втрата"})


def total_after_list(ctx: Context, spans: list[PlaceSpan], hit: Hit, claim_type: str) -> bool:
    """Whether the trigger, in a sentence after a list of settlements, tells a total, none of
    its items' own: an army's losses after two items or more («… в районах населённых пунктов
    Мирноград, Гродовка и Селидово. Противник потерял до 470 военнослужащих»), anything after
    three or more (the wounded after «атакували Куп'янськ та Вовчанськ» stay the last town's).
    An oblast after the items qualifies them («… и Котлино ДНР»)."""
    towns = [s for s in spans if s.rank < DISTRICT_RANK and s.sentence == spans[-1].sentence]
    if len(towns) < 2:
        return False
    listed = len([s for s in with_list(ctx, towns[-1], claim_type) if s.rank < DISTRICT_RANK])
    losses = not LOSS_WORDS.isdisjoint(ctx.doc.tokens[hit.first].lemmas)
    return listed >= 3 or (listed == 2 and losses)


def after_marker(doc: Doc, marker: int, first: int, named: set[int]) -> bool:
    """Whether a place starting at token `first` stands right after the marker word ending at
    `marker`, or after the marker and list items the matcher left undecided: names that are
    no place (`named`: the tokens of places), then a conjunction («в сторону Каменки и
    Долины»), in the marker's sentence. A letter with a full stop abbreviates a noun: «в с.
    Козинка» (село), not the preposition «с»."""
    tokens = doc.tokens
    if _abbreviation(doc, marker):
        return False
    if first - marker == 2 and _abbreviation(doc, marker + 1):
        return True  # «со стороны с. Стрелечья»
    if first - marker <= 1:
        return first - marker == 1
    between = range(marker + 1, first)
    if len(between) <= 2 and all(tokens[i].form.startswith(_HELD) for i in between):
        return True  # «з окупованих Олешок», «со стороны временно оккупированной Каховки»
    return (
        len(between) <= 3
        and tokens[first - 1].form in CONJUNCTIONS
        and all(tokens[i].sentence == tokens[marker].sentence for i in between)
        and all(_undecided_name(doc, i) and i not in named for i in range(marker + 1, first - 1))
    )


# Words that tell who holds the place after a marker, which stays the marker's
_HELD = ("окупован", "оккупирован", "тимчасово", "временно", "підконтрольн", "подконтрольн")
_HELD_OR_ANNEXED = (*_HELD, "аннексирован", "анексован")


def _abbreviation(doc: Doc, index: int) -> bool:
    """A letter with a full stop: «с.» (село), «п.» (посёлок)."""
    token = doc.tokens[index]
    return len(token.form) == 1 and doc.text.startswith(".", token.end)


def _undecided_name(doc: Doc, index: int) -> bool:
    """A capitalised word that is no abbreviation («Каменки», not «РСЗО»)."""
    word = doc.text[doc.tokens[index].start : doc.tokens[index].end]
    return word[:1].isupper() and word[1:].islower()
