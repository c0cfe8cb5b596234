namespace Grader.Tests.Gaming;

/// <summary>
/// A hand-written thesaurus of the ordinary words history essays use (a few hundred entries): what a student
/// running a copy through a paraphrasing tool gets. Names, dates and numbers are never in it.
/// </summary>
internal static class SynonymTable
{
    private const string Entries = """
        crucial: vital, essential, critical, decisive, pivotal
        vital: crucial, essential, indispensable, key
        essential: vital, necessary, indispensable, crucial
        important: significant, major, key, notable
        significant: important, considerable, major, notable
        decisive: crucial, conclusive, critical, pivotal
        role: part, function, position, contribution
        help: aid, assistance, support, backing
        helped: aided, assisted, supported, backed
        support: backing, help, assistance, aid
        supported: backed, helped, aided, assisted
        aid: help, assistance, support
        assistance: help, aid, support
        years: period, time, era
        year: twelvemonth, period, time
        early: first, initial, opening, formative
        gave: provided, offered, supplied, granted
        give: provide, offer, supply, grant
        made: created, produced, built, formed
        make: create, produce, build, form
        country: nation, state, land
        countries: nations, states, lands
        state: nation, country, regime
        regime: government, administration, state
        government: administration, regime, leadership
        leader: ruler, chief, head
        leaders: rulers, chiefs, heads
        leadership: guidance, direction, command
        economy: economic system, wealth, finances
        economic: financial, commercial, fiscal
        industry: manufacturing, production, enterprise
        industrial: manufacturing, productive, factory
        factories: plants, works, mills
        factory: plant, works, mill
        experts: specialists, advisers, professionals, technicians
        advisers: counsellors, consultants, experts
        engineers: technicians, specialists, builders
        weapons: arms, armaments, munitions
        arms: weapons, armaments, munitions
        soldiers: troops, fighters, servicemen
        troops: soldiers, forces, servicemen
        army: military, forces, troops
        military: armed, martial, army
        war: conflict, fighting, hostilities
        fighting: combat, warfare, battle
        fought: battled, struggled, combated
        fight: battle, struggle, combat
        attack: assault, offensive, strike
        attacked: assaulted, struck, invaded
        protection: defence, security, shelter
        security: safety, protection, defence
        defence: protection, security, guard
        defend: protect, guard, shield
        protect: defend, shield, guard, safeguard
        alliance: partnership, pact, union, coalition
        ally: partner, friend, associate
        allies: partners, friends, associates
        treaty: agreement, pact, accord
        agreement: pact, accord, deal
        signed: concluded, agreed, sealed
        agreed: consented, accepted, settled
        loan: credit, advance, borrowing
        loans: credits, advances
        money: funds, cash, capital
        small: modest, little, limited, slight
        large: big, great, sizeable, substantial
        huge: enormous, vast, immense
        great: large, major, considerable
        greatest: largest, biggest, highest
        high: steep, heavy, elevated
        heavy: weighty, hefty, serious
        limited: restricted, modest, small
        power: strength, might, authority
        powerful: strong, mighty, influential
        strong: powerful, robust, mighty
        weak: feeble, frail, fragile
        control: power, command, authority
        controlled: governed, ran, dominated
        authority: power, command, control
        influence: impact, effect, sway
        impact: effect, influence, consequence
        effect: impact, result, consequence
        effects: impacts, results, consequences
        result: outcome, consequence, effect
        results: outcomes, consequences, effects
        reason: cause, motive, ground
        reasons: causes, motives, grounds
        factor: element, cause, aspect
        factors: elements, causes, aspects
        cause: reason, source, origin
        caused: produced, created, brought about
        policy: strategy, approach, programme
        policies: strategies, approaches, programmes
        plan: scheme, programme, strategy
        plans: schemes, programmes, strategies
        campaign: drive, movement, crusade
        campaigns: drives, movements, crusades
        reform: change, reorganisation, overhaul
        land: territory, soil, ground
        peasants: farmers, villagers, rural workers
        landlords: landowners, proprietors
        party: organisation, movement
        people: population, public, citizens, nation
        population: people, inhabitants, public
        society: community, population, public
        building: constructing, creating, developing
        build: construct, create, develop
        built: constructed, created, developed
        development: growth, progress, expansion
        growth: expansion, development, increase
        grew: expanded, increased, rose
        rose: increased, grew, climbed
        increased: grew, rose, expanded
        increase: rise, growth, expansion
        rapid: fast, quick, swift
        quickly: rapidly, swiftly, fast
        fast: rapid, quick, swift
        slowly: gradually, steadily
        success: achievement, triumph, victory
        successful: effective, fruitful, victorious
        victory: triumph, win, success
        defeat: loss, beating, overthrow
        survival: continuation, persistence, endurance
        survive: endure, last, persist
        needed: required, wanted, lacked
        need: require, want, lack
        needs: requires, wants
        depended: relied, rested, hinged
        relied: depended, counted, rested
        relationship: connection, relations, bond
        relations: ties, links, dealings
        tension: strain, friction, conflict
        tensions: strains, frictions, conflicts
        strain: tension, pressure, stress
        difficult: hard, tough, awkward
        position: situation, place, standing
        situation: position, circumstances, condition
        began: started, commenced, opened
        begin: start, commence, open
        started: began, commenced, launched
        start: beginning, opening, outset
        ended: finished, concluded, closed
        end: close, finish, conclusion
        became: grew, turned, developed
        become: grow, turn, develop
        changed: altered, shifted, transformed
        change: shift, alteration, transformation
        shows: demonstrates, proves, reveals, indicates
        show: demonstrate, prove, reveal, indicate
        showed: demonstrated, proved, revealed
        suggests: implies, indicates, hints
        means: implies, signifies, indicates
        proves: shows, demonstrates, confirms
        therefore: thus, hence, consequently, so
        however: nevertheless, yet, still, but
        moreover: furthermore, also, besides, additionally
        although: though, while, even though
        because: since, as, for
        overall: altogether, generally, on balance
        conclusion: summary, close, ending
        argue: claim, contend, maintain
        argues: claims, contends, maintains
        agree: concur, accept, consent
        think: believe, feel, consider
        believe: think, feel, consider
        clear: obvious, plain, evident
        clearly: obviously, plainly, evidently
        certainly: surely, definitely, undoubtedly
        especially: particularly, notably, above all
        particularly: especially, notably, specially
        mainly: chiefly, largely, mostly, primarily
        largely: mostly, mainly, chiefly
        mostly: largely, mainly, chiefly
        partly: partially, somewhat, in part
        really: truly, genuinely, actually
        very: extremely, highly, really
        much: greatly, considerably, far
        many: numerous, several, countless
        several: various, some, a number of
        often: frequently, regularly, commonly
        soon: shortly, quickly, presently
        later: afterwards, subsequently, after
        also: too, as well, likewise
        still: yet, nonetheless, even so
        already: previously, by then, earlier
        new: fresh, novel, recent
        old: former, previous, earlier
        modern: contemporary, current, up-to-date
        poor: impoverished, needy, destitute
        rich: wealthy, prosperous, affluent
        foreign: overseas, external, alien
        international: global, worldwide, foreign
        political: governmental, civic, state
        domestic: internal, home, national
        national: domestic, state, countrywide
        central: main, chief, core
        main: chief, principal, primary, central
        key: main, principal, central, chief
        major: main, big, chief, leading
        example: instance, case, illustration
        evidence: proof, signs, indications
        idea: notion, concept, thought
        ideas: notions, concepts, thoughts
        ideological: doctrinal, political
        differences: disagreements, contrasts, gaps
        different: distinct, various, dissimilar
        similar: alike, comparable, like
        same: identical, equal, similar
        model: pattern, example, template
        modelled: based, patterned, designed
        copied: imitated, reproduced, replicated
        followed: pursued, tracked, copied
        adopted: took up, embraced, accepted
        introduced: launched, brought in, began
        launched: started, began, introduced
        provided: supplied, gave, offered
        supplied: provided, furnished, gave
        offered: proposed, gave, provided
        received: got, obtained, gained
        sent: dispatched, delivered, shipped
        kept: retained, held, maintained
        held: kept, retained, controlled
        allowed: permitted, enabled, let
        forced: compelled, obliged, pressured
        pressure: force, coercion, stress
        wanted: desired, wished, sought
        feared: dreaded, worried, distrusted
        fear: dread, worry, alarm
        worried: anxious, concerned, troubled
        angry: furious, annoyed, irate
        resentment: bitterness, anger, grievance
        resented: disliked, begrudged, objected to
        criticised: attacked, condemned, denounced
        criticized: attacked, condemned, denounced
        speech: address, talk, lecture
        secret: hidden, private, covert
        secretly: covertly, privately, quietly
        visit: trip, journey, stay
        visited: toured, went to, called at
        returned: gave back, handed back, restored
        return: give back, restore, hand back
        independence: freedom, autonomy, self-rule
        achievement: accomplishment, success, feat
        achievements: accomplishments, successes, feats
        cost: price, expense, toll
        costs: prices, expenses, tolls
        price: cost, expense, toll
        paid: settled, repaid, covered
        pay: settle, repay, cover
        debt: liability, obligation, debts
        generous: lavish, liberal, charitable
        equal: even, balanced, matched
        period: era, time, phase
        time: period, era, moment
        moment: instant, time, point
        point: argument, claim, idea
        argument: case, claim, reasoning
        question: issue, matter, problem
        problem: difficulty, issue, trouble
        problems: difficulties, issues, troubles
        world: globe, earth, planet
        communist: socialist, red, Marxist
        revolution: uprising, revolt, upheaval
        revolutionary: radical, rebel, insurgent
        enemies: opponents, foes, adversaries
        opponents: rivals, enemies, adversaries
        killed: slain, murdered, executed
        died: perished, fell, passed away
        death: passing, demise, end
        casualties: losses, victims, dead
        equipment: gear, material, hardware
        technology: technique, know-how, engineering
        technical: technological, specialist, practical
        knowledge: know-how, expertise, understanding
        expertise: skill, know-how, proficiency
        skills: abilities, talents, know-how
        trained: taught, schooled, drilled
        students: pupils, learners, scholars
        universities: colleges, academies, institutes
        education: schooling, teaching, learning
        whole: entire, complete, total
        entire: whole, complete, total
        all: every, each, the whole
        only: merely, just, solely
        simply: merely, just, plainly
        almost: nearly, practically, virtually
        around: about, roughly, approximately
        about: around, roughly, approximately
        between: among, amid
        during: throughout, in, over
        against: versus, opposing, counter to
        towards: toward, to, regarding
        within: inside, in, among
        without: lacking, minus, short of
        immediately: instantly, at once, directly
        eventually: finally, ultimately, in the end
        finally: lastly, eventually, ultimately
        firstly: first, to begin with, initially
        secondly: second, next, also
        thirdly: third, further, next
        impossible: unfeasible, unachievable, out of the question
        possible: feasible, achievable, viable
        likely: probable, expected, liable
        unlikely: improbable, doubtful
        obvious: clear, evident, plain
        true: correct, accurate, right
        wrong: mistaken, incorrect, false
        good: fine, sound, positive
        bad: poor, negative, harmful
        worse: poorer, harder
        better: superior, finer, improved
        best: finest, greatest, top
        unequal: uneven, unbalanced, lopsided
        hostile: unfriendly, antagonistic, aggressive
        friendly: amicable, cordial, warm
        friendship: amity, closeness, camaraderie
        partner: ally, associate, colleague
        partnership: alliance, association, cooperation
        isolated: alone, cut off, lonely
        extent: degree, measure, scale
        degree: extent, level, measure
        level: degree, stage, standard
        area: field, sphere, region
        areas: fields, spheres, regions
        region: area, district, zone
        regions: areas, districts, zones
        border: frontier, boundary, edge
        territory: land, ground, area
        cities: towns, urban areas, metropolises
        countryside: rural areas, farmland, villages
        villages: hamlets, settlements, communities
        organisation: organization, structure, system
        disciplined: orderly, controlled, drilled
        consolidation: strengthening, reinforcement, securing
        consolidated: strengthened, secured, reinforced
        secured: obtained, won, ensured
        secure: safe, protected, stable
        stable: steady, firm, secure
        transformation: change, conversion, overhaul
        transformed: changed, converted, remade
        output: production, yield, produce
        production: output, manufacture, making
        rapidly: quickly, swiftly, fast
        indeed: in fact, truly, certainly
        thus: therefore, hence, so
        consequently: therefore, as a result, hence
        nevertheless: nonetheless, however, even so
        ultimately: finally, in the end, eventually
        significantly: considerably, markedly, notably
        """;

    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Parse);

    public static int Count => Table.Value.Count;

    /// <summary>The synonyms of <paramref name="word"/> (matched without case), or none.</summary>
    public static IReadOnlyList<string> Of(string word) =>
        Table.Value.TryGetValue(word.ToLowerInvariant(), out var synonyms) ? synonyms : [];

    private static Dictionary<string, string[]> Parse()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Entries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            table[line[..colon]] = line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return table;
    }
}
