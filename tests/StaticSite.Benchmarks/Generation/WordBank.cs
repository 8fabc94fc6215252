namespace StaticSite.Benchmarks.Generation;

/// <summary>
/// The word lists of ssgbench's gen.py, so our synthetic text reads like the peers'. Plain ASCII with no quotes
/// or apostrophes, so no typographic option can change the output.
/// </summary>
internal static class WordBank
{
    public static readonly string[] Nouns = Split("""
        agency analyst archive asset border briefing budget bureau cabinet cable case channel
        charter cipher citizen committee contact council court courier defector department directive
        document embassy envoy evidence file frontier government hearing informant inquiry inspector
        investigation journalist law leak ledger liaison mandate memo minister mission network observer
        office officer operation oversight parliament partner policy post programme protocol
        province radio record region report republic review ruling satellite secret section signal
        source station statute surveillance system telegram testimony treaty tribunal unit warrant
        witness year decade city harbour railway factory university newspaper island valley capital
        port ministry archive summit alliance doctrine reform scandal audit license budget index
        """);

    public static readonly string[] Adjectives = Split("""
        classified covert domestic foreign regional federal national joint secret public
        careful quiet brief early late formal informal long short official unofficial northern southern
        eastern western central coastal remote urban rural senior junior former acting permanent temporary
        independent parallel hidden open sealed partial complete detailed modest major minor routine
        unusual sudden gradual lengthy rapid slow critical cautious ambitious contested disputed
        """);

    public static readonly string[] Verbs = Split("""
        reviewed monitored intercepted recruited approved rejected published leaked investigated
        questioned documented reorganised funded audited expanded reduced merged replaced challenged
        defended described confirmed denied revealed concealed transferred archived summarised opened
        closed negotiated signed drafted amended suspended restored recorded traced tracked decoded
        """);

    public static readonly string[] Adverbs = Split("""
        quietly openly quickly slowly formally reluctantly eventually briefly repeatedly
        largely partly directly indirectly publicly privately officially carefully
        """);

    public static readonly string[] Prepositions = Split("in across under over through within beyond after before during against without between");

    public static readonly string[] Determiners = Split("the a its their this that every each another");

    public static readonly string[] Connectives =
    [
        "However", "Meanwhile", "In practice", "At the same time", "Later", "By then", "As a result", "In the end",
        "For a while", "According to the record", "Even so", "Within months", "Years later", "On paper",
    ];

    public static readonly string[] AgencyHeads = Split("Bureau Office Directorate Service Agency Department Council Commission Institute Authority");

    public static readonly string[] AgencyTails =
    [
        "State Security", "Foreign Intelligence", "Signals", "Internal Affairs", "Public Order", "Strategic Research",
        "Military Information", "Border Protection", "Communications", "Special Operations", "Economic Security",
        "Information Review", "Defence Analysis", "Records and Archives", "Technical Collection", "Counterintelligence",
    ];

    public static readonly string[] AgencyQualifiers = Split("National Federal Central Northern Southern Eastern Western Joint Royal Republican Provincial Coastal General Main Supreme Civil");

    public static readonly string[] EpisodeFirst = Split("Silver Quiet Northern Broken Hidden Paper Glass Winter Red Grey Long Iron Copper Harbour Midnight Amber Cold Distant Sealed Open");

    public static readonly string[] EpisodeSecond = Split("Lantern Ledger Bridge Cable Archive Harvest Signal Station Garden Letter Courier Mirror Compass Tower Orchard Ferry Chessboard Anchor Telegram Curtain Keystone Lighthouse Corridor Dossier");

    public static readonly string[] EpisodeKinds = Split("Affair Case Operation Inquiry Leak Scandal Trial Exchange Review Incident Hearings Files Reform Defection");

    public static readonly string[] SectionTopics =
    [
        "How Oversight Works", "Reading the Archives", "A Short History of Signals", "The Law and Its Limits",
        "Who Watches the Watchers", "Sources and Methods", "Budgets and Accountability", "The Press and the Secret State",
        "Courts and Warrants", "Defectors and Exiles", "Technology and Surveillance", "Reform After Scandal",
        "Liaison Between Services", "Counting the Cost", "Myths and Misreadings", "Parliament and the Services",
        "The Paper Trail", "Borders and Frontiers",
    ];

    private static string[] Split(string words) => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
