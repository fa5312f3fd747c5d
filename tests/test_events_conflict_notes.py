"""How the coder reads conflict-monitor notes and the events they log (our own sentences):
ground taken by force, weapons seized or defused, a lynching, sexual violence by armed men and a
crowd named for its violence; and the look-alikes that stay out (an old war bomb made safe, an
economy that recovers, a title won back)."""

from __future__ import annotations

import pytest

from event_support import main_event_of
from storyline.annotate.base import Annotator


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # ground taken or retaken by force
        ("On 4 May, rebel fighters took control of a border post near Tessalit.", "ASSAULT", None),
        ("The army recaptured two villages from the insurgents on Sunday.", "ASSAULT", None),
        ("Militiamen captured the town of Walikale after a night of fighting.", "ASSAULT", None),
        ("Government troops regained control of the district headquarters.", "ASSAULT", None),
        # weapons found, recovered or made safe by security forces
        ("On 2 March, soldiers defused three landmines on the road to Kalaat.", "COERCE", "seize"),
        (
            "On 9 July, Military forces of Peru recovered an arms cache in a jungle camp.",
            "COERCE",
            "seize",
        ),
        # a lynching needs no further political word; the lemmatizer's "rap" is repaired
        ("On 12 June, a mob lynched a trader accused of theft in Gumla.", "ASSAULT", "targeted"),
        ("Armed men from the militia raped four women near a camp in Tawila.", "ASSAULT", "sexual"),
        # a crowd named for its violence rioted, whatever it did
        ("On 1 April, rioters blocked the ring road in Douala with tyres.", "PROTEST", "riot"),
        # verbs joined before their shared object both act on it
        ("Riot police beat and kicked detained marchers at a camp in Gomel.", "ASSAULT", "beat"),
        (
            "On 6 May, militants lobbed mortar rounds into an army camp near Baidoa.",
            "ASSAULT",
            "heavy-weapons",
        ),
        ("On 2 May, coalition jets carried out air raids on Hodeidah.", "ASSAULT", "aerial"),
        ("Rebels whisked away a district official in Kalehe on Monday.", "ASSAULT", "abduct"),
        (
            "On 3 May, a crowd in Gonaives burned alive a suspected kidnapper.",
            "ASSAULT",
            "primitive",
        ),
        ("A mob beat to death a man suspected of stealing a cow in Kasama.", "ASSAULT", "beat"),
        # withdrawals, swaps, deployments and bases
        ("On 9 June, Eritrean units completed their pull-out from Adwa.", "RETREAT", "withdraw"),
        ("The two sides completed a swap of 300 prisoners in Aden.", "RETREAT", "release"),
        ("The army moved extra troops and tanks to the northern border.", "MOBILIZE", "troops"),
        ("Al Shabaab fighters set up a new base in a village near Bardere.", "MOBILIZE", "militia"),
        # a walkout from a workplace is a strike; a date is no particle ("set fire ... on 9 May")
        ("Mill workers in Multan walked out of the plant over unpaid wages.", "PROTEST", "strike"),
        ("Protesters set fire to two police posts in Cali on 9 May 2021.", "PROTEST", "riot"),
        ("Tea growers burnt effigies of the trade minister in Sylhet.", "PROTEST", "demo"),
        # an accident word does not undo an attack by gunmen; only crime words do
        ("Gunmen opened fire on a bus, sending it into a gorge.", "ASSAULT", "firearms"),
        ("Police fired on opposition marchers in the capital on Thursday.", "ASSAULT", "firearms"),
        ("Army artillery hammered villages near the border on Sunday.", "ASSAULT", "heavy-weapons"),
        ("Campaigners chained themselves to the gates of a coal plant.", "PROTEST", "obstruct"),
        ("A jailed activist has refused food for 20 days, his family said.", "PROTEST", "hunger"),
        ("Crowds burned the homes of several ministers across the island.", "PROTEST", "riot"),
        # a crowd that goes somewhere to denounce is protesting; a protest named as the actor
        (
            "Indigenous communities walked to the provincial capital to denounce oil deals.",
            "PROTEST",
            "demo",
        ),
        (
            "Anti-lockdown protest turns violent\nThe protest set cars on fire in Breda.",
            "PROTEST",
            "riot",
        ),
        (
            "Militiamen hacked to death at least nine villagers in Djugu overnight.",
            "ASSAULT",
            "primitive",
        ),
        ("Islamist insurgents took over the district headquarters in Muidumbe.", "ASSAULT", None),
        # a dateline with a country: the subject is past both ("SANTIAGO, Chile — Thousands ...")
        (
            "LIMA, Peru — Thousands of nurses filled the square on Monday in a march over pay.",
            "PROTEST",
            "demo",
        ),
        # a clause before a semicolon is no content of the clause after it
        (
            "Dock workers protested outside the port office on Monday; police pushed them back.",
            "PROTEST",
            "demo",
        ),
        # a participle with a by-agent the parser made the root is a passive
        ("Rockets fired by militants from Gaza landed near Ashkelon.", "ASSAULT", "heavy-weapons"),
        (
            "Militants destroyed two telecom masts in Gedo, cutting off service.",
            "ASSAULT",
            "destroy",
        ),
        ("French troops handed their last base over to the army and left.", "RETREAT", "withdraw"),
        ("Fighting broke out between Armenian and Azeri forces on the border.", "ASSAULT", None),
        (
            "Pakistan's army sent more troops to Kurram district after clashes.",
            "MOBILIZE",
            "troops",
        ),
        # more conflict wording: thrown, taken away, detonated, liberated, engaged, gang-raped
        (
            "Attackers on a motorbike tossed a grenade at a police post in Cucuta.",
            "ASSAULT",
            "explosives",
        ),
        (
            "Militiamen took away a dozen displaced people from a camp in Djugu.",
            "ASSAULT",
            "abduct",
        ),
        (
            "Two suicide bombers detonated their explosives at a market in Gwoza.",
            "ASSAULT",
            "suicide-attack",
        ),
        ("Ukrainian forces have liberated the village of Klishchiivka.", "ASSAULT", None),
        # the gun duel says how they fought: one event, with its mode
        ("Troops engaged ISWAP terrorists in a gun duel near Marte.", "ASSAULT", "firearms"),
        ("Two women were gang-raped by bandits in Zamfara.", "ASSAULT", "sexual"),
        ("A social leader was murdered by armed men in rural Tumaco.", "ASSAULT", "targeted"),
        ("Russian forces struck Kyiv with missiles early on Thursday.", "ASSAULT", None),
        ("Russian warplanes carried out raids on the countryside of Idlib.", "ASSAULT", "aerial"),
        # crowds: looting is a riot; a procession demanding something and a rally to back
        # someone are protests; police beside activists make no riot
        ("Crowds looted a shopping mall in Pinetown and set warehouses alight.", "PROTEST", "riot"),
        (
            "Students brought out a procession demanding reform of the quota system.",
            "PROTEST",
            "demo",
        ),
        ("Thousands gathered at the main square in Bamako to back the junta.", "PROTEST", "demo"),
        (
            "Police and ruling party activists attacked the marchers with sticks in Sylhet.",
            "ASSAULT",
            None,
        ),
        ("Clashes broke out between protesting workers and police in Gazipur.", "PROTEST", "riot"),
        # local-press wording: nabbed, thrashed, went off, shot into a protest, a new base
        (
            "The Anti-Terrorism Squad nabbed two suspected militants in Pune.",
            "COERCE",
            "arrest",
        ),
        ("Cow vigilantes thrashed a truck driver ferrying cattle near Nuh.", "ASSAULT", "beat"),
        (
            "An explosive device hidden in a parked car went off in Jalalabad.",
            "ASSAULT",
            "explosives",
        ),
        ("Junta troops shot into a flash-mob protest in Mandalay.", "ASSAULT", "firearms"),
        ("The Malian army established a new base at the Tessalit airfield.", "MOBILIZE", None),
        (
            "A bomb disposal squad defused a tiffin bomb near a CRPF camp in Latehar.",
            "COERCE",
            "seize",
        ),
        ("Troops have recaptured Malam Fatori from ISWAP after a fierce battle.", "ASSAULT", None),
        ("Charged party workers ransacked the commander's house in Lahore.", "PROTEST", "riot"),
        # killings told with "dead" or "to death", and lynchings of suspected thieves
        ("Unknown gunmen shot dead a polio vaccinator in Bajaur.", "ASSAULT", "firearms"),
        (
            "A crowd set upon a man accused of witchcraft and burned him to death.",
            "ASSAULT",
            "beat",
        ),
        (
            "A crowd stoned a suspected thief to death in Kolwezi on Wednesday.",
            "ASSAULT",
            "primitive",
        ),
        ("The army regained control of Wad Madani from the RSF after fighting.", "ASSAULT", None),
        (
            "The government and the TPLF signed a cessation of hostilities agreement.",
            "SUPPORT",
            None,
        ),
        # an arrest after which the person is not seen again is an enforced disappearance
        (
            "Men in plain clothes picked up an activist in Quetta. He has not been seen since.",
            "ASSAULT",
            "abduct",
        ),
        # a truce that comes into force is kept; a named movement's detention stays an arrest
        (
            "A 72-hour truce between the army and the RSF came into force in Khartoum.",
            "RETREAT",
            "ceasefire",
        ),
        (
            "On 20 January, the Taliban detained three rights activists in Kabul.",
            "COERCE",
            "arrest",
        ),
        # mines stepped on or run over; a conjunct verb keeps the first verb's subject
        ("A farmer lost a leg after stepping on a landmine in Narino.", "ASSAULT", "explosives"),
        ("A roadside bomb struck a minibus in Kabul on Tuesday.", "ASSAULT", "explosives"),
        ("RSF fighters entered the city and took over the army headquarters.", "ASSAULT", None),
        # a plural the tagger left unlemmatized at the start of a sentence is still read
        (
            "Rockets were fired at an air base in western Iraq late on Monday.",
            "ASSAULT",
            "heavy-weapons",
        ),
        ("Party workers fought running battles with police on the highway.", "PROTEST", "riot"),
        # a past-tense verb the parser read as a noun's modifier is still the predicate
        (
            "RSF fighters sexually assaulted girls sheltering in a school, the UN said.",
            "ASSAULT",
            "sexual",
        ),
        (
            "Dock workers at the container terminal downed tools over a pay dispute.",
            "PROTEST",
            "strike",
        ),
        # workers who refuse to work are on strike
        ("Truckers in three cities refused to haul loads for a fourth day.", "PROTEST", "strike"),
        # news idioms of violence and arrest
        ("Gunmen mowed down eleven villagers in Zamfara on Sunday.", "ASSAULT", "firearms"),
        ("Jets rained bombs on villages in northern Idlib.", "ASSAULT", "heavy-weapons"),
        ("Police frog-marched the opposition leader out of parliament.", "COERCE", "arrest"),
        ("Army troops besieged the rebel-held town of Kidal.", "ASSAULT", None),
        ("Angry villagers ran amok in the market, torching stalls.", "PROTEST", "riot"),
        # idioms of protest and diplomacy
        ("The two sides hammered out a deal on prisoner exchanges in Doha.", "AGREE", None),
        ("Protesters waved placards outside the parliament in Accra.", "PROTEST", "demo"),
        (
            "Opposition lawmakers stormed out of parliament during the budget speech.",
            "PROTEST",
            "strike",
        ),
        (
            "Students squatted outside the vice-chancellor's office demanding his removal.",
            "PROTEST",
            "demo",
        ),
        # more idioms: collared, carried off, burned down, abandoned, laid into, sprayed
        ("Police collared four activists over a planned vigil, a source said.", "COERCE", "arrest"),
        ("Guerrillas carried off two soldiers in Arauca, the army said.", "ASSAULT", "abduct"),
        (
            "Militiamen burned down granaries and houses near Bankass.",
            "ASSAULT",
            "destroy",
        ),
        ("Al-Shabaab fighters abandoned the town of Mahas without a fight.", "RETREAT", "withdraw"),
        ("Riot officers laid into marching students with bamboo sticks.", "ASSAULT", "beat"),
        (
            "Security forces sprayed live rounds into a crowd leaving prayers.",
            "ASSAULT",
            "firearms",
        ),
        ("Maoists triggered an IED under an army vehicle in Sukma.", "ASSAULT", "explosives"),
        (
            "Tea estate workers struck work on Wednesday to press for a higher wage.",
            "PROTEST",
            "strike",
        ),
        ("Israeli jets carried out strikes on Hamas sites overnight.", "ASSAULT", "aerial"),
        ("Residents tied an alleged thief to a post and beat him to death.", "ASSAULT", "beat"),
        (
            "A crowd wrecked a dozen buses after a speeding bus killed a schoolgirl.",
            "PROTEST",
            "riot",
        ),
        # "retook" is lemmatized; a foiled attack did not happen, the interception did
        ("Federal troops retook the town of Lalibela from rebel forces.", "ASSAULT", None),
        (
            "Security forces foiled a planned attack, intercepting a van packed with explosives.",
            "COERCE",
            "seize",
        ),
        # two states agree, whatever crime they agree to fight
        ("Peru and Bolivia agreed to hold joint patrols against drug smuggling.", "AGREE", None),
        # hostages taken, ground swept into, rockets that slam into a place, a bank stripped bare
        ("Jihadists took four aid workers hostage near Menaka.", "ASSAULT", "abduct"),
        ("Rebel columns swept into the town of Kamanyola at dawn.", "ASSAULT", None),
        ("Two rockets slammed into a market in Kherson on Tuesday.", "ASSAULT", "heavy-weapons"),
        ("Mortar bombs crashed near the airport in Goma overnight.", "ASSAULT", "heavy-weapons"),
        ("Militiamen stripped the bank and the clinic bare in Ed Daein.", "ASSAULT", None),
        # burned alive is a killing, not a riot; tear gas is crowd control, not artillery
        ("Villagers caught two suspected bandits and burned them alive.", "ASSAULT", "primitive"),
        ("Police fired tear gas at students marching on the ministry.", "ASSAULT", "crowd-control"),
        # civilians who mass are protesting; a petrol bomb among other missiles makes a riot
        ("Hundreds of teachers massed outside the education ministry.", "PROTEST", "demo"),
        ("Youths threw bricks and petrol bombs at riot police in Lurgan.", "PROTEST", "riot"),
        ("Armed men violated a headmistress in front of her pupils.", "ASSAULT", "sexual"),
        ("Police took forty marchers into custody in Dhaka.", "COERCE", "arrest"),  # not hostage
        # more idioms: roughed up, slugged it out, repulsed, stumbled on a cache, laid down tools
        ("Riot police roughed up striking nurses outside the ministry.", "ASSAULT", "beat"),
        ("Two rival militias slugged it out for the port of Kismayo.", "ASSAULT", None),
        ("Government troops repulsed a rebel assault on Kalemie.", "ASSAULT", None),
        ("Soldiers stumbled on an arms cache hidden in a cave near Kidal.", "COERCE", "seize"),
        ("Dock workers laid down tools at the port of Mombasa.", "PROTEST", "strike"),
        (
            "A grenade was flung into the yard of a magistrate's house in Imphal.",
            "ASSAULT",
            "explosives",
        ),
        ("Security operatives picked up an opposition MP at a rally in Gulu.", "COERCE", "arrest"),
        (
            "A suicide bomber blew himself up at a campaign rally in Quetta.",
            "ASSAULT",
            "suicide-attack",
        ),
        ("A man blew himself up at a checkpoint in Mogadishu.", "ASSAULT", "suicide-attack"),
        # a truce that takes hold; streets brought to a standstill; pots and pans; arms carried
        ("A truce between the army and the militia took hold in Tripoli.", "RETREAT", "ceasefire"),
        ("Striking bus drivers brought central Lagos to a standstill.", "PROTEST", "obstruct"),
        ("Retired teachers banged pots and pans outside the senate in Lima.", "PROTEST", "demo"),
        (
            "Troops intercepted a lorry carrying crates of rifles near the border with Chad.",
            "COERCE",
            "seize",
        ),
        ("A coast guard patrol intercepted a boat carrying mortar shells.", "COERCE", "seize"),
        # signing is the event, not the accord signed; idioms of signing; lorries across a road
        (
            "Kenya and Somalia signed a border accord in Nairobi, pledging joint patrols.",
            "SUPPORT",
            None,
        ),
        ("The two presidents signed off on a power-sharing deal in Juba.", "SUPPORT", None),
        ("Rebel and army commanders sealed a truce deal in Tripoli.", "SUPPORT", None),
        ("Hauliers parked their lorries across the motorway near Calais.", "PROTEST", "obstruct"),
        # a headline is read on its own, before its lead; what it names as a setting comes last
        (
            "Rockets slam into base\nTwo rockets crashed near the airport in Erbil overnight.",
            "ASSAULT",
            "heavy-weapons",
        ),
        (
            "Curfew imposed in Jos after clashes\nAuthorities imposed a curfew on Jos on Monday.",
            "COERCE",
            "curfew",
        ),
        (
            "Truce breached in Idlib\nShells fell on two villages despite the truce.",
            "ASSAULT",
            "heavy-weapons",  # shells that fell on villages
        ),
        # the event told after background, in a noun or in an idiom of its own
        (  # destruction from the air takes the weapon's mode, as any air or drone strike does
            "Russian drones knocked out two power plants near Kharkiv overnight.",
            "ASSAULT",
            "drone",
        ),
        ("Riot police turned water cannon on the marchers in Tbilisi.", "ASSAULT", "crowd-control"),
        ("An angry crowd turned on two traders at the bus park in Jos.", "ASSAULT", None),
        ("Army engineers deactivated a roadside bomb near Bannu.", "COERCE", "seize"),
        ("Rebel columns rolled into the town of Masisi on Friday.", "ASSAULT", None),
        ("A salvo of rockets rained down on Sderot on Monday.", "ASSAULT", "heavy-weapons"),
        ("A car bomb tore through a market in Azaz on Saturday.", "ASSAULT", "explosives"),
        ("Plainclothes agents led the editor away in handcuffs.", "COERCE", "arrest"),
        ("A jailed editor has gone without food for nine days in Tunis.", "PROTEST", "hunger"),
        ("Tens of thousands of protesters filled the streets of Santiago.", "PROTEST", "demo"),
        ("Their patrol vehicle struck a landmine near Gao.", "ASSAULT", "explosives"),
        ("Sugarcane cutters halted work at three mills to demand back pay.", "PROTEST", "strike"),
        ("Caracas sent troops towards its border with Guyana.", "MOBILIZE", "troops"),
        # second-language English: nouns of officialese, a stand or camp staged as a protest
        ("Students were involved in a rioting at the provincial assembly.", "PROTEST", "riot"),
        ("Armed confrontations between two militias left 12 dead near Beni.", "ASSAULT", None),
        ("Depositors staged a protest stand outside the central bank.", "PROTEST", "demo"),
        (
            "An explosive device exploded against an army truck near Tarmiyah.",
            "ASSAULT",
            "explosives",
        ),
        ("Security forces used live ammunition against the marchers.", "ASSAULT", "firearms"),
        ("The rebels captured Kyaukme township after a week of fighting.", "ASSAULT", None),
        (
            "Villagers dragged a shopkeeper from his stall and beat him unconscious.",
            "ASSAULT",
            "beat",
        ),
        ("Protests over the fuel price rise turned violent in Kano on Monday.", "PROTEST", "riot"),
        # a group attacking worshippers is communal violence; a trade naming a person is no accident
        ("Scores of men attacked a mosque in Jos, beating worshippers.", "ASSAULT", "destroy"),
        # a confrontation between two sides; guerrillas make a firefight armed conflict
        (
            "An armed confrontation between soldiers and a drug gang left five dead in Sinaloa.",
            "ASSAULT",
            None,
        ),
        (
            "Guerrillas fought over smuggling routes, and a firefight left six dead.",
            "ASSAULT",
            None,
        ),
        # attackers told by how they came: two to a motorbike, in uniform
        (
            "A councillor was shot dead by two men on a motorbike in Cotabato.",
            "ASSAULT",
            "targeted",  # one person killed for an office
        ),
        (
            "Men in military fatigues dragged three farmers from a bus and shot them.",
            "ASSAULT",
            "firearms",
        ),
        (
            "A mob accused a factory manager of blasphemy and beat him to death in Sialkot.",
            "ASSAULT",
            "beat",
        ),
        ("Troops found an ammunition dump used by insurgents near Marawi.", "COERCE", "seize"),
        ("Beijing sent warships and bombers to circle the island.", "MOBILIZE", "weapons"),
        (
            "Armed miscreants and villagers exchanged fire near Churachandpur.",
            "ASSAULT",
            "firearms",
        ),
        (
            "Troops massed near the border, sparking fears of an offensive, the envoy warned.",
            "MOBILIZE",
            "troops",
        ),
    ],
)
def test_conflict_notes_are_coded(
    annotator: Annotator, text: str, event: str, mode: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == event, (text, ev)
    assert ev.mode == mode, (text, ev.mode)


@pytest.mark.parametrize(
    "text",
    [
        "Bomb disposal experts in Cologne defused a 500-kg wartime bomb found at a building site.",
        "The economy recovered strongly in the second quarter, the central bank said.",
        "The champions recaptured the title with a win over Rovers on Saturday.",
        "Police recovered a stolen car from a garage and arrested two thieves.",
        "The club regained control of the match after the break.",
        "Thousands of devotees converged on the river bank for the Magh Mela.",
        "Police in Chiang Rai arrested two men for smuggling 30 migrants in a van.",
        "Two rival gangs exchanged gunfire in a turf war over the drug trade in Cali.",
        "A trader kidnapped for ransom in Puebla was freed after his family paid the gang.",
        "Residents were moved out while experts defused an unexploded wartime bomb.",
        "A gas tanker explosion set homes alight in Embakasi, killing three, the government said.",
        "Police seized two tonnes of cocaine at the port of Manta, the interior minister said.",
        "The navy seized three tonnes of cocaine hidden in a semi-submersible off the coast.",
        "A magnitude 6.2 earthquake struck western Nepal on Friday, killing at least 90 people.",
        "A bus plunged into a ravine in Ayacucho on Sunday, killing 24 passengers.",
        "Injured soldiers were flown to Kabul for treatment.",
        "Styrene gas leaked from a tank at a plant near Visakhapatnam, killing eleven people.",
        "The cocoa board said higher world prices allowed it to pay farmers more.",
        "Fans waved flags as the team bus arrived at the stadium.",
        "The tanker overturned and exploded as residents tried to scoop fuel, killing 90.",
        "United's attack was blunted by a disciplined defence in a goalless draw.",
        "Firefighters pulled three workers alive from the rubble of the mill.",
        "Stocks crashed on Monday as investors fled to bonds.",
        "The rebels announced a halt to attacks on the pipeline from Friday.",
        "Rovers storm into cup final\nRovers stormed into the cup final with a 2-0 win.",
        "City blast United\nCity's striker hit a hat-trick as City thrashed United in the derby.",
        "Scorching temperatures killed dozens of people in Sindh this week.",
        "The highway reopened in the afternoon without violence.",
        "Security men turned up at the lawyer's home before dawn.",
        "The derby turned violent after the final whistle.",
        "Thieves broke into a temple and stole gold ornaments.",
        "Two men on a motorcycle snatched a woman's handbag in Lahore.",
        "A factory fire killed twelve workers in Gazipur.",
        "A gas cylinder exploded at a roadside eatery in Ludhiana, injuring six.",
        "A toxic cloud from a chlorine leak killed 13 people at the port.",
    ],
)
def test_look_alikes_of_conflict_notes_code_nothing(annotator: Annotator, text: str) -> None:
    assert main_event_of(annotator, text) is None


def test_a_defused_bomb_is_no_party_to_the_event(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "On 5 May, police defused a bomb planted outside a mosque.")
    assert ev is not None and (ev.event, ev.mode) == ("COERCE", "seize")
    assert not [r for r in ev.recipient if "bomb" in r.entity_text.lower()], ev.recipient


def test_taking_a_post_by_force_destroys_nothing(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Insurgents took control of a police station in Mocimboa.")
    assert ev is not None and ev.event == "ASSAULT" and ev.mode is None, ev


def test_a_letter_to_demand_something_is_a_request_not_a_protest(annotator: Annotator) -> None:
    text = "Fishermen wrote to the fisheries minister to demand a higher diesel subsidy."
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == "REQUEST", ev


def test_troops_sent_abroad_are_a_deployment_peacekeepers_aid(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "France sent 300 troops to Mali on Monday.")
    assert ev is not None and (ev.event, ev.mode) == ("MOBILIZE", "troops"), ev
    ev = main_event_of(annotator, "Bangladesh sent 300 peacekeepers to South Sudan.")
    assert ev is not None and ev.event == "AID", ev  # personnel lent to a mission: help


def test_a_march_met_with_tear_gas_is_no_meeting(annotator: Annotator) -> None:
    text = "Opposition march in Kisumu met with tear gas. Hundreds of supporters paraded on Monday."
    ev = main_event_of(annotator, text)
    assert ev is None or ev.event != "CONSULT", ev


def test_rice_handed_over_to_a_country_is_aid_not_ground(annotator: Annotator) -> None:
    text = "Japan handed over 10,000 tonnes of rice to Sri Lanka on Wednesday as food aid."
    ev = main_event_of(annotator, text)
    assert ev is not None and ev.event == "AID", ev


def test_a_state_refusing_to_free_prisoners_is_no_strike(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "The government refused to release the prisoners.")
    assert ev is not None and ev.event == "REJECT", ev


def test_a_grant_handed_to_a_capital_is_aid_not_ground(annotator: Annotator) -> None:
    # two objects: the first (a capital) receives, the second is what is handed
    ev = main_event_of(annotator, "Norway hands Amman $90m grant for refugee schools")
    assert ev is not None and ev.event == "AID", ev
    ev = main_event_of(annotator, "Rebels handed over Kidal to the army on Sunday.")
    assert ev is not None and (ev.event, ev.mode) == ("RETREAT", "withdraw"), ev


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Relatives of eleven passengers killed in a bus fire near Kano buried them.", None),
        ("Four people were killed in a house fire in Mombasa overnight.", None),
        ("Two conscripts were killed in cross fire near the border post.", "ASSAULT"),
        ("Three villagers were killed in a fire set by militants in Borno.", "ASSAULT"),
    ],
)
def test_lives_taken_by_a_fire_no_one_set_code_nothing(
    annotator: Annotator, text: str, event: str | None
) -> None:
    ev = main_event_of(annotator, text)
    assert (ev.event if ev is not None else None) == event, (text, ev)


def test_a_diplomatic_protest_is_an_accusation_whatever_the_verb(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Manila fires off diplomatic protest over Beijing's new map")
    assert ev is not None and (ev.event, ev.mode) == ("ACCUSE", "disapprove"), ev
    assert any(a.code == "PHL" for a in ev.actor), ev


def test_masked_youths_stoning_the_police_are_rioters_masked_men_attackers(
    annotator: Annotator,
) -> None:
    ev = main_event_of(annotator, "Masked youths hurled petrol bombs at riot police in Belfast.")
    assert ev is not None and (ev.event, ev.mode) == ("PROTEST", "riot"), ev
    ev = main_event_of(annotator, "Masked men threw a petrol bomb at a police station in Derry.")
    assert ev is not None and ev.event == "ASSAULT", ev


@pytest.mark.parametrize(
    "text",
    [
        "A coast guard cutter intercepted a skiff off the Eritrean coast carrying drone parts "
        "bound for Yemen, officials said.",
        "Gendarmes intercepted a truck loaded with sacks of rice and hunting rifles near Kidal.",
    ],
)
def test_a_vehicle_stopped_with_arms_aboard_is_a_seizure(annotator: Annotator, text: str) -> None:
    ev = main_event_of(annotator, text)
    assert ev is not None and (ev.event, ev.mode) == ("COERCE", "seize"), (text, ev)


def test_a_vehicle_stopped_with_food_aboard_is_no_seizure_of_arms(annotator: Annotator) -> None:
    ev = main_event_of(annotator, "Police intercepted a lorry carrying maize flour near Kano.")
    assert ev is None or ev.mode != "seize", ev
