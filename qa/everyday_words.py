"""Everyday English words that carry no topic, used to weigh words the knowledge base has never seen.

A never-seen topic word means the question is about something else and must count heavily against
answering, whereas a never-seen everyday word (function word, filler, generic verb, adverb or
adjective) is only phrasing and should count little.
"""

EVERYDAY_WORDS: frozenset[str] = frozenset(
    """
'd 'll 'm 're 's 've a able about above abovementioned absolutely abt accept accepted accepting
accepts according accordingly accurately achieve achieved achieves achieving across actual actually
adapt adapted adapting adapts add added adding additional additionally adds adequate adjust adjusted
adjusting adjusts admit admits admitted admittedly admitting advice advise advised advises advising
affect affected affecting affects aforementioned afraid after afterward afterwards again against ago
agree agreed agreeing agrees ah aha ahead aim aimed aiming aims ain't aint aka albeit all allow
allowed allowing allows almost alone along alongside already alright also alter altered altering
alternative alternatively alternatives alters although altogether always am amazing amid amidst
among amongst amount amounted amounting amounts an and another answer answered answering answers
anticipate anticipated anticipates anticipating any anybody anyhow anymore anyone anything anytime
anyway anyways anywhere apart apologise apologised apologises apologising apologize apologized
apologizes apologizing apparent apparently appear appeared appearing appears appreciate appreciated
appreciates appreciating approach approached approaches approaching appropriate approx approximate
approximately are aren aren't arent arguably argue argued argues arguing arise arisen arises arising
arose around arrange arranged arranges arranging as ascertain ascertained ascertaining ascertains
aside ask asked asking asks aspect aspects associated assume assumed assumes assuming at atop attach
attached attaches attaching attempt attempted attempting attempts available avoid avoided avoiding
avoids await awaited awaiting awaits aware away awesome awful back backward backwards bad badly
barely based basic basically basics basis be became because become becomes becoming been before
beforehand began begin beginning beginnings begins begun behalf behind being believe believed
believes believing belong belonged belonging belongs below beneath beside besides best better
between beyond big bigger biggest bit bits both bother bothered bothering bothers brief bring
bringing brings broad broadly brought btw bunch bunches but by call called calling calls came can
can't cancel canceled canceling cancelled cancelling cancels cannot cant care cared careful careless
cares caring case cases catch catches catching categories category caught cause caused causes
causing certain certainly challenge challenges chance chances change changed changes changing chat
chats chatted chatting cheers chiefly choice choices choose chooses choosing chose chosen
circumstance circumstances clarification clarifications clarified clarifies clarify clarifying clear
clearly close closed closer closes closest closing clue clues collect collected collecting collects
combination combinations combine combined combines combining come comes coming comment comments
common commonly comparatively compare compared compares comparing complete completed completely
completes completing complex complicated comprise comprised comprises comprising concept concepts
concern concerned concerning concerns conclude concluded concludes concluding confirm confirmed
confirming confirms confused connect connected connecting connection connections connects
consequence consequences consequently consider considerable considerably considered considering
considers consist consisted consistently consisting consists constant constantly constitute
constituted constitutes constituting contact contacted contacting contacts contain contained
containing contains context contexts continually continue continued continues continuing
continuously contrast contrasted contrasting contrasts conversely cope coped copes coping correct
correctly could couldn couldn't couldnt count counted counting countless counts coz critical crucial
curious current currently cuz dare dared dares daring deal dealing deals dealt dear decent decide
decided decides deciding deep deeper deepest deeply define defined defines defining definite
definitely definition definitions delay delayed delaying delays delineate delineated delineates
delineating demonstrate demonstrated demonstrates demonstrating denied denies denote denoted denotes
denoting deny denying depend depended depending depends describe described describes describing
description descriptions despite detail detailed detailing details determine determined determines
determining did didn didn't didnt differ differed difference differences different differing differs
difficult difficulties difficulty direct directly disagree disagreed disagreeing disagrees disappear
disappeared disappearing disappears discover discovered discovering discovers discuss discussed
discusses discussing distinct distinguish distinguished distinguishes distinguishing divide divided
divides dividing do does doesn doesn't doesnt doing don don't done dont doubt doubted doubting
doubts down downward downwards due dunno during each eager earlier earliest early easier easiest
easily easy effect effective effectively effects effort efforts eg eh either elaborate elaborated
elaborates elaborating else elsewhere elucidate elucidated elucidates elucidating emphasise
emphasised emphasises emphasising emphasize emphasized emphasizes emphasizing enable enabled enables
enabling encounter encountered encountering encounters end ended ending endless ends engage engaged
engages engaging enjoy enjoyed enjoying enjoys enormous enough enquire enquired enquires enquiries
enquiring enquiry ensure ensured ensures ensuring entail entailed entailing entails enter entered
entering enters entire entirely enumerate enumerated enumerates enumerating equal equally er erm
especially essential essentially establish established establishes establishing estimate estimated
estimates estimating etc even eventually ever every everybody everyone everything everywhere
evidently exact exactly example examples excellent except exclude excluded excludes excluding excuse
excused excuses excusing exist existed existing exists expect expected expecting expects explain
explained explaining explains explanation explanations extend extended extending extends extent
extra extreme extremely face faced faces facing fact factor factors facts fair fairly false familiar
famous far farther farthest fast faster fastest fear feared fearing fears feel feeling feels felt
few fewer fewest figure figured figures figuring fill filled filling fills final finally find
finding finds fine finish finished finishes finishing fit fits fitted fitting fix fixed fixes fixing
focus focused focuses focusing follow followed following follows for foregoing forever forgave
forget forgets forgetting forgive forgiven forgives forgiving forgot forgotten formally former
formerly forth fortunately forward forwards found frankly frequently from full fully fun fundamental
fundamentally further furthermore furthest fyi gather gathered gathering gathers gave general
generally genuine get gets getting gimme gist give given gives giving glad go goes going gone gonna
good got gotta gotten gradually great greater greatest greatly greet greeted greeting greetings
greets guess guessed guesses guessing had hadn hadn't hadnt hand handed handing handle handled
handles handling hands happen happened happening happens happy hard harder hardest hardly has hasn
hasn't hasnt hate hated hates hating have haven haven't havent having he he's hear heard hearing
hears heavily held hello hence henceforth her here here's hereafter hereby herein heres heretofore
herewith hers herself hes hey hi high higher highest highlight highlighted highlighting highlights
highly him himself hint hints his hitherto hiya hm hmm hold holding holds honestly hope hoped
hopefully hopes hoping horrible how how's howdy however hows huge huh i i'd i'll i'm i've idea ideal
ideally ideas identified identifies identify identifying idk ie if im imagine imagined imagines
imagining imho immediate immediately imo impact impacted impacting impacts implied implies imply
implying important importantly impossible in inasmuch incidentally include included includes
including incorrect incredibly indeed indicate indicated indicates indicating indirectly
individually influence influenced influences influencing info inform informally information informed
informing informs initial initially inquire inquired inquires inquiries inquiring inquiry inside
insist insisted insisting insists insofar instance instances instantly instead intend intended
intending intends interact interacted interacting interacts interested interesting interestingly
into introduce introduced introduces introducing involve involved involves involving irrelevant is
isn isn't isnt issue issues it it's item items its itself ive join joined joining joins jointly just
keen keep keeping keeps kept key kick kicked kicking kicks kind kinda kindly kinds knew know knowing
known knows lack lacked lacking lacks large largely larger largest last lasted lasting lasts late
lately later latest latter lead leading leads least leave leaves leaving led left lemme less lesser
lest let let's lets letting lightly like liked likely likes likewise liking limit limited limiting
limits link linked linking links list listed listen listened listening listens listing lists
literally little ll local locally lol long longer longest look looked looking looks lot lots love
loved lovely loves loving low lower lowest madam made main mainly major make makes making manage
managed manages managing manner manners many mark marked marking marks massive matter mattered
mattering matters may maybe me mean meaning meaningful meanings means meant meantime meanwhile meet
meets mention mentioned mentioning mentions mere merely met method methods middle might mind minded
minding minds minor miss missed misses missing mix mixed mixes mixing modern modified modifies
modify modifying moment moments more moreover most mostly much multiple must mustn mustn't mustnt my
myself n't nah namely narrow naturally nature near nearby nearer nearest nearly necessary need
needed needing needn needn't neednt needs negative neither never nevertheless new newer newest newly
next nice nicely no nobody none nonetheless noone nope nor normal normally not notable notably note
noted notes nothing notice noticed notices noticing notified notifies notify notifying noting notion
notions notwithstanding now nowadays nowhere nt number numbered numbering numbers numerous observe
observed observes observing obtain obtained obtaining obtains obvious obviously occasion
occasionally occasions occur occurred occurring occurs odd of off offer offered offering offers
official officially often oh ok okay old older oldest on once ones oneself ongoing only onto onward
onwards open opened opens opinion opinions opposite opt opted opting option options opts or order
orders ordinary original originally other others otherwise ought our ours ourselves out outcome
outcomes outline outlined outlines outlining outside over overall overview overviews own pardon part
partially participate participated participates participating particular particularly particulars
partly parts past per perfect perhaps personally perspective perspectives pertain pertained
pertaining pertains phase phases phrase phrases pick picked picking picks piece pieces plain
pleasant please plenty pls plus plz point pointed pointing points popular portion portions positive
possess possessed possesses possessing possibilities possibility possible possibly postpone
postponed postpones postponing pot potential pots practical practically precise precisely predict
predicted predicting predicts prefer preferred preferring prefers prepare prepared prepares
preparing present presently presumably presume presumed presumes presuming pretty prevent prevented
preventing prevents previous previously primarily prior probable probably problem problems process
processes prominent promise promised promises promising proper properly propose proposed proposes
proposing prove proved proven proves provide provided provides providing proving pull pulled pulling
pulls purpose purposes pursuant pursue pursued pursues pursuing push pushed pushes pushing put puts
putting quantities quantity queried queries query querying question questions quick quicker quickest
quickly quite ramped ramping rare rarely rather re reach reached reaches reaching react reacted
reacting reacts ready real realise realised realises realising realize realized realizes realizing
really reason reasonable reasonably reasons recall recalled recalling recalls receive received
receives receiving recent recently reckon reckoned reckoning reckons recognise recognised recognises
recognising recognize recognized recognizes recognizing recommend recommended recommending
recommends refer reference references referred referring refers reflect reflected reflecting
reflects refuse refused refuses refusing regard regarded regarding regardless regards regular
regularly reject rejected rejecting rejects relate related relates relating relation relations
relationship relationships relatively relevant relied relies rely relying remain remainder remained
remaining remains remark remarks remember remembered remembering remembers remind reminded reminding
reminds repeat repeated repeatedly repeating repeats replace replaced replaces replacing replied
replies reply replying represent represented representing represents request requested requesting
requests require required requires requiring resolve resolved resolves resolving respect respective
respectively respects respond responded responding responds responsible rest result resulted
resulting results reveal revealed revealing reveals right roll rolled rolling rolls rough roughly
round s sad said sake same saw say saying says scarcely scope search searched searches searching see
seeing seek seeking seeks seem seemed seeming seemingly seems seen sees seldom select selected
selecting selects send sending sends sense sensed senses sensing sent separate separated separately
separates separating serious seriously set sets setting several severe shall shape shaped shapes
shaping she she's shes shift shifted shifting shifts short shorter shortest shortly should shouldn
shouldn't shouldnt show showed showing shown shows side sides significant significantly signified
signifies signify signifying similar similarities similarity similarly simple simpler simplest
simply since sir situation situations slight slightly slow slower slowest slowly small smaller
smallest smart so sole solely solve solved solves solving some somebody someday somehow someone
something sometime sometimes somewhat somewhere soon sorry sort sorta sorted sorting sorts sought
sound sounded sounding sounds speak speaking speaks special specific specifically specifics
specified specifies specify specifying split splits splitting spoke spoken spread spreading spreads
stage stages stand standing stands start started starting starts status statuses stay stayed staying
stays steadily steady steer steered steering steers step stepped stepping steps still stood stop
stopped stopping stops straight strange stretch stretched stretches stretching strong stronger
strongest strongly struggle struggled struggles struggling stuff subject subjects subsequent
subsequently substantial substantially such sudden suddenly sufficient suggest suggested suggesting
suggestion suggestions suggests suitable sum summaries summarise summarised summarises summarising
summarize summarized summarizes summarizing summary summed summing sums super suppose supposed
supposedly supposes supposing sure surely surprising surprisingly switch switched switches switching
t take taken takes taking talk talked talking talks tallied tallies tally tallying tbh teamed
teaming tell telling tells tend tended tending tends term terms terrible than thank thanked thanking
thanks thankyou that that's thats the their theirs them themselves then thence there there's
thereabouts thereafter thereby therefore therein thereof theres thereto these they they'd they'll
they're they've theyd theyll theyre theyve thing things think thinking thinks this tho those though
thought thoughts through throughout thru thus thx til till tiny to today together told tomorrow
tonight too took top topic topics total totaled totaling totalled totalling totally totals touch
touched touches touching tough toward towards transform transformed transforming transforms tricky
tried tries trouble troubles true truly truth try trying turn turned turning turns ty type types
typical typically uh ultimate ultimately um umm unable unavailable unaware uncertain unclear uncover
uncovered uncovering uncovers under undergo undergoes undergoing undergone underneath understand
understanding understands understood underwent undoubtedly unfamiliar unfortunately unimportant
unknown unless unlike unlikely unnecessary unsure until unto unusual unwilling up upcoming upon
upper upward upwards us usage use used useful useless uses using usual usually varied varies
varieties variety various vary varying vast ve version versions versus very via virtually vital viz
vs wait waited waiting waits wanna want wanted wanting wants was wasn wasn't wasnt way ways we we'd
we'll we're we've weird welcome welcomed welcomes welcoming well went were weren weren't werent weve
what what's whatever whatnot whats whatsoever when when's whence whenever where where's whereas
whereby wherein whereof wheres wherever whether which whichever while whilst who who's whoever whole
wholly whom whomever whos whose why why's whys wide widely wider widest will willing wish wished
wishes wishing with within without won't wonder wondered wonderful wondering wonders wont word words
worried worries worry worrying worse worst would wouldn wouldn't wouldnt wow wrong wrongly ya yall
yea yeah yep yes yesterday yet yo you you'd you'll you're you've youd youll young younger youngest
your youre yours yourself yourselves youve yup
""".split()  # noqa: SIM905
)

# Counting words and time spans that ask "how many" of anything: glue, not topic.
EVERYDAY_WORDS |= frozenset(
    """day days eight first five four named nine one ran run seven six ten three twice
    two year years week weeks month months decade decades""".split()  # noqa: SIM905
)

# Chat fillers: "the finance guy", "quality wise" (of "quality-wise"): they name nobody and nothing in particular.
EVERYDAY_WORDS |= frozenset(
    """guy guys wise""".split()  # noqa: SIM905
)

# Framing words of the formal, academic and bureaucratic register ("the extent", "with respect to",
# "reportedly", "characterised", "respectively") and of informal chat and texting ("pls", "idk",
# "gonna", "kinda", "lol"), with their common inflections: they phrase a question without naming
# what it is about, so they are glue, not topic. Words the knowledge base treats as topic (its synonyms
# table, and the likes of "people", "money", "work", "number", "report") are left out on purpose, and so
# are words one slip from a topic word (cos/cost, cool/coal, rate/race), which the speller would read as glue.
EVERYDAY_WORDS |= frozenset(
    """abide abided abides abiding abilities ability absence absent abstract abstracted abstraction
    abstractions abstractly accentuate accentuated accentuates accentuating accessibility accessible
    accompanied accompanies accompany accompanying accord accordance accorded accords account accountable
    accounted accounts accumulate accumulated accumulates accumulating accumulation accumulative accuracy
    accurate achievable acknowledge acknowledged acknowledgement acknowledges acknowledging acknowledgment
    actuality adequately adhere adhered adherence adheres adhering adopt adopted adopting adopts advance
    advanced advancement advances advancing advantage advantageous advantages adverse adversely afaict afaik
    affirm affirmation affirmed affirming affirms aforesaid aggregate aggregated aggregates aggregating
    aggregation ahem ahh aight aligned aligning alignment allegation allegations allege alleged allegedly
    alleges alleging allude alluded alludes alluding alrighty alteration alterations ambiguities ambiguity
    ambiguous ambiguously amplified amplifies amplify amplifying analogies analogous analogue analogy analysed
    analysing analytic analytical analytically analyzed analyzing anomalies anomaly anyhoo applicable applied
    applying approximation approximations apropos arbitrarily arbitrary argument arguments arrangement
    arrangements articulate articulated articulates articulating ascribe ascribed ascribes ascribing asserted
    asserting assertion assertions assessed assesses assessing assessment assessments assign assigned
    assigning assigns assumption assumptions attain attainable attained attaining attainment attains attention
    attest attested attesting attests attributable attribute attributed attributes attributing attribution
    augment augmented augmenting augments average averaged averages averaging aw aww background backgrounds
    barrier barriers baseline baselines bc bcos bcoz bcs bcuz becoz becuz benchmark benchmarks bias biased
    biases calculate calculated calculates calculating calculation calculations capabilities capability
    capable capacities capacity categorical categorically categorisation categorise categorised categorises
    categorising categorization categorize categorized categorizes categorizing cease ceased ceases ceasing
    central centrality centrally character characterisation characterise characterised characterises
    characterising characteristic characteristically characteristics characterization characterize
    characterized characterizes characterizing circa circumstantial citation citations cite cited cites citing
    claimed claiming classification classifications classified classifies classify classifying coherence
    coherent coincide coincided coincidence coincides coinciding commit commitment commitments commits
    committing comparable comparably comparative comparison comparisons compatibility compatible compel
    compelled compelling compels complement complementary complemented complements component components
    comprehend comprehension comprehensive comprehensively conceivable conceivably conceptual conceptually
    concise concisely conclusion conclusions conclusive conclusively concretely concur concurred concurs
    condense condensed condition conditional conditionally conditions conducted conducting confine confined
    confines confining conform conformed conforming conformity conforms conjunction consensus consequent
    consequential consideration considerations consistency consistent conspicuous conspicuously constituent
    constituents constrain constrained constraining constrains constraint constraints construe construed
    contemporary contextual contextually contradict contradicted contradicting contradiction contradictions
    contradictory contradicts contrary contribute contributed contributes contributing controversial
    controversy convincing convincingly correlate correlated correlates correlating correlation correlations
    correspond corresponded corresponding correspondingly corresponds corroborate corroborated corroborates
    cover coverage covered covering criteria criterion critically criticise criticised criticism criticisms
    criticize criticized critique critiques crucially crux culminate culminated culminates culminating
    cumulative cumulatively cya data debatable decidedly decision decisions decisive decisively decline
    declined declines declining decrease decreased decreases decreasing deemed deeming def deffo deficiencies
    deficiency deficient definately definitive definitively deliberate deliberately demonstrable demonstrably
    depict depicted depicting depicts derivation derive derived derives deriving designate designated
    designates designating designation desirable determinant determinants determination deviate deviated
    deviates deviating deviation deviations didja differential differentiate differentiated differentiates
    differentiating differentiation diminish diminished diminishes diminishing direction directions
    disagreement disagreements discern discerned discernible disclose disclosed discloses disclosing
    disclosure discrepancies discrepancy discrete disparities disparity disproportionate disproportionately
    dispute disputed disputes distinction distinctions distinctive distinctly distinguishable distribute
    distributed distributes distributing distribution distributions dno dominance dominant dominate dominated
    dominates dominating donno dontcha dramatic dramatically drastic drastically dynamic dynamics effected
    effectiveness efficacy efficiency efficient efficiently elaboration element elements elicit elicited
    emerge emerged emerges emerging emphasis emphatic emphatically empirical empirically encompass encompassed
    encompasses encompassing enhance enhanced enhancement enhances enhancing enormously entirety entities
    entity enumeration equaled equalled equals equate equated equates equitable equivalence equivalent
    equivalents essence estimation etcetera evaluated eventual evidence evidenced evident evolve evolved
    evolves evolving exactness exaggerate exaggerated exaggerates exaggerating exaggeration examined examining
    exceed exceeded exceeding exceedingly exceeds exception exceptional exceptionally exceptions excess
    excessive excessively exclusion exclusive exclusively exemplified exemplifies exemplify exert exerted
    exerting exerts existence expectation expectations explanatory explicit explicitly exploring exponential
    exponentially expressed expresses expressing expression expressions expressly extensively external
    externally extraordinarily extraordinary extrapolate extrapolated facilitate facilitated facilitates
    facilitating factored factual factually failed failure failures feasibility feasible feature featured
    features featuring findings finite fluctuate fluctuated fluctuates fluctuating fluctuation fluctuations
    foremost formulate formulated formulates formulating formulation fr framework frameworks frequency
    frequent frfr fulfil fulfill fulfilled fulfilling fulfills fulfils generalisation generalise generalised
    generality generalization generalize generalized generate generated generates generating genuinely gotcha
    gradual granular granularity haha hahaha heh hehe heya heyy hii hiii hinder hindered hindering hinders
    hindrance hmmm holistic holistically hugely hypotheses hypothesis hypothesise hypothesize hypothetical
    hypothetically idc identical identically identification iirc ikr illogical illustrate illustrated
    illustrates illustrating illustration illustrative immense immensely imperative implausible implement
    implementation implemented implementing implements implicate implicated implication implications implicit
    implicitly importance impose imposed imposes imposing impractical imprecise improbable improve improved
    improvement improvements improves improving inability inaccessible inaccuracy inaccurate inaccurately
    inadequate inadequately incapable incidental inclusion inclusive incompatible inconceivable inconclusive
    inconsistency inconsistent incorporate incorporated incorporates incorporating increasingly increment
    incremental incrementally increments independent independently indication indications indicative indicator
    indicators indirect indistinguishable ineffective inefficient inevitable inevitably infer inference
    inferences inferred inferring infers influential informal informative inherent inherently innit insight
    insights insignificant instrumental insufficient intangible integral integrate integrated integrates
    integrating intensity intensive intent intentional intentionally interaction interactions interim
    intermediate internally interpret interpretation interpretations interpreting interprets intrinsic
    intrinsically invalid invariably investigate investigated investigates investigating invisible invoke
    invoked invokes invoking involvement iow irl irrespective ish jk judgement judgements judgment judgments
    justification justified justifies justify justifying k kk legit legitimate legitimately level limitation
    limitations lmao lmfao lmk locate located locates locating location locations logical logically loosely
    lotsa magnitude magnitudes majority majorly marginal marginally markedly massively materially maximal
    maximise maximised maximize maximized maximum meaningfully meaningless measurable measure measured
    measurement measurements measures measuring mechanism mechanisms median meh metric metrics mhm mightnt
    minimal minimise minimised minimize minimized minimum mitigate mitigated mitigates mitigating mk mmk mmm
    moderate moderately modestly modification modifications motivate motivated motivates motivating motivation
    motivations motive motives multitude musta mutual mutually n narrowed narrower narrowly naw neat
    necessarily necessitate necessitated necessitates necessity negatively negligible negligibly ngl nominal
    nominally norm norms noteworthy noticeable noticeably np numerically nvm objective objectively objectives
    obligation obligations obligatory obliged observable observation observations obstacle obstacles obv obvi
    obvs occasional occurrence occurrences ohh okey okie okies okk omg omission omit omits omitted omitting
    ooh oops openly optional ordinarily orientation oriented ostensibly oughta outstanding outta outweigh
    outweighed outweighs overarching overlooked overstate overstated overwhelming overwhelmingly paradigm
    parameter parameters paramount partial pattern patterns peculiar perceive perceived perceives perceiving
    perception perceptions peripheral persist persisted persistence persistent persistently persists pertinent
    phenomena phenomenon pivotal plainly plausible plausibly pleeease plzz portray portrayed portraying
    portrays positively potentially precede preceded precedence precedent precedes preceding precision
    predictable prediction predictions predominant predominantly preferably preference preferences preliminary
    prerequisite prerequisites presence presented presenting presents prevail prevailed prevailing prevails
    prevalence prevalent primary principal principally principle principles priorities prioritise prioritised
    prioritize prioritized priority probability probly procedural procedure procedures proceeded proceeding
    profound profoundly prolly prominence prominently prompt prompted prompting prompts pronounced proportion
    proportional proportionally proportionate proportionately proportions proposal proposals prospect
    prospective provision provisional provisionally provisions proximity purely purport purported purportedly
    purports purposeful purposely pursuit qualitative qualitatively quantification quantified quantifies
    quantify quantifying quantitative quantitatively questionable questioned questioning quoted quoting r
    radically randomly rapidly rational rationale rationales rationally readily realisation realistic
    realistically reality realization reasoning recommendation recommendations reconsider reconsidered
    referenced reinforce reinforced reinforces reinforcing reiterate reiterated reiterates relational
    relevance reliability reliable reliably reliance remarkable remarkably remarked reportedly representation
    reputedly requirement requirements resemblance resemble resembled resembles respected respecting response
    responses responsibilities responsibility revise revised revises revising revision revisit revisited rigid
    rigidly rigorous rigorously rlly rly rn robust rofl role routine routinely salient scale scenario
    scenarios scoped secondary segment segments selection selective sequence sequences sequential sequentially
    severely severity sharply shoulda significance simultaneous simultaneously sizable size sizeable sized
    sizes smh solution solutions specification specifications specificity srsly stability standpoint stated
    stating sth straightforward strength strengths strict strictly strikingly substantiate substantiated
    substantive subtle subtly successive successively succinct succinctly suffice sufficed suffices
    sufficiency sufficiently superior superiority supplemental supplementary surpass surpassed surpasses
    surpassing susceptible systematic systematically tad tangible tantamount tbf tendencies tendency tentative
    tentatively terminology thanx theoretical theoretically theories theory thingies thingy thnks thnx
    thorough thoroughly threshold thresholds tks tnx trajectories trajectory tremendous tremendously trend
    trending trends trigger triggered triggering triggers trivial tysm tyvm u uhh uhm unambiguous
    unambiguously unanimous unanimously uncertainties uncertainty undeniable undeniably underestimate
    underestimated underlie underlies underline underlined underlines underlying underpin underpinned
    underpinning underpins underscore underscored underscores understandable understandably understate
    understated undertook undesirable unequivocal unequivocally unexpected unexpectedly uniformly unique
    uniquely uniqueness universal universally unnecessarily unprecedented unquestionably unreliable unstable
    ur utilisation utilise utilised utilises utilising utilization utilize utilized utilizes utilizing valid
    validate validated validity variability variable variables variance variation variations vastly
    verification verified verifies verify verifying viability viable visible visibly w warranted wassup wat
    weakness weaknesses whatcha wherefore whereupon whoops widespread willingly wot woulda wrt wut y yah ye
    yeh""".split()  # noqa: SIM905
)
# The asker's own people ("my mum lives on Mill Lane, when …?"): who is asking, not what is asked about
KIN: frozenset[str] = frozenset(
    """mum mom mummy mommy mother dad daddy father husband wife hubby son sons daughter daughters
    grandad granddad grandpa grandma granny gran nan nana grandson granddaughter grandkids grandchildren
    sister sisters brother brothers sibling siblings cousin cousins uncle aunt auntie niece nephew
    fiance fiancee bf gf""".split()  # noqa: SIM905
)
