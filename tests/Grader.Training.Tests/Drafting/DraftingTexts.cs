namespace Grader.Training.Tests.Drafting;

/// <summary>Model essays and descriptors written for the drafting tests (one dated history answer, one science answer with no years).</summary>
internal static class DraftingTexts
{
    public const string HistoryQuestion = "Why did the Berlin Wall fall in 1989?";

    public const string HistoryEssay = """
        The Fall of the Berlin Wall

        The Berlin Wall fell on 9 November 1989 because the East German state had lost both its economic footing and the protection of the Soviet Union. Pressure from its own citizens then turned a bureaucratic mistake into the end of the border.

        The economy of the German Democratic Republic was failing long before 1989. By the middle of the 1980s the state was borrowing heavily from West German banks to pay for consumer goods, and its factories could not compete. When Honecker signed the Helsinki Accords in 1975 he gave dissidents a standard of human rights to hold the state to. Ordinary East Germans could compare their lives with the West through television, and many concluded that the system could not deliver what it promised.

        The decisive change came from Moscow. Mikhail Gorbachev became leader of the Soviet Union in March 1985 and began the reforms of glasnost and perestroika. In July 1989 he made clear that the Soviet Union would no longer use force to keep its allies in line, so Erich Honecker could not count on Soviet tanks as his predecessors had in 1953.

        Hungary opened its border with Austria in May 1989, and thousands of East Germans escaped through it during the summer. At the same time the Monday demonstrations in Leipzig grew from a few hundred people to more than seventy thousand on 9 October 1989. Honecker was forced to resign on 18 October 1989, and his successor Egon Krenz tried to calm the crisis with new travel rules.

        The final trigger was an accident. Günter Schabowski announced the new rules at a press conference on 9 November 1989 and said, wrongly, that they applied immediately. Crowds gathered at the checkpoints that night, and the guards, with no orders to shoot, opened the gates at Bornholmer Strasse.

        The Wall therefore fell because the Soviet Union had withdrawn its support and the economy had failed, while popular protest and the press conference decided the moment. Without Gorbachev's refusal to intervene, the protests of 1989 would probably have been crushed as those of 1953 were.
        """;

    public const string ScienceQuestion = "Explain how earthquakes happen at the boundaries of tectonic plates.";

    public const string ScienceEssay = """
        Earthquakes happen because the tectonic plates that make up the outer shell of the Earth move against each other. The rock at their edges stores energy as it bends and releases it suddenly when it breaks.

        The lithosphere is broken into large plates that float on the hotter, softer asthenosphere beneath them. Convection currents in the mantle and the pull of sinking slabs move the plates a few centimetres every year. Where two plates meet, friction locks their edges together while the rest of each plate keeps moving.

        As the plates keep moving, the locked rock is bent and strain builds up over many years. When the stress becomes greater than the strength of the rock or the friction on the fault, the rock slips suddenly. This elastic rebound releases the stored energy as seismic waves, which travel out from the focus and shake the ground.

        Different boundaries produce different earthquakes. At destructive boundaries an oceanic plate sinks beneath another plate in a subduction zone, and the largest and deepest earthquakes happen there. At conservative boundaries the plates slide past each other along transform faults, which gives shallow but damaging earthquakes. At constructive boundaries the plates move apart and the earthquakes are usually small.

        In conclusion, earthquakes are the sudden release of strain that builds up where moving plates are locked together. The kind of boundary controls how deep and how strong they are.
        """;

    public const string Descriptors = """
        Level descriptors (20 marks: content 16, structure 4)

        Level 4 (16-20): A full explanation linking plate movement, stored strain and sudden release, with each kind of boundary.
        Level 3 (11-15): A clear explanation with some links missing.
        Level 2 (6-10): A simple description of plates and earthquakes.
        Level 1 (0-5): Little relevant science.
        """;
}
