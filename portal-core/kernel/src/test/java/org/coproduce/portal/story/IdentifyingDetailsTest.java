package org.coproduce.portal.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.portal.story.IdentifyingDetail.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifyingDetailsTest {

    private static List<String> found(String text) {
        return IdentifyingDetails.find(text).stream().map(d -> d.kind() + ":" + d.text()).toList();
    }

    private static void assertFinds(String text, String... expected) {
        assertEquals(List.of(expected), found(text), text);
    }

    @Test
    void nothingInPlainText() {
        assertFinds("We met every week and planned the service together. It worked well for everyone.");
        assertEquals(List.of(), IdentifyingDetails.find(null));
        assertEquals(List.of(), IdentifyingDetails.find("   "));
    }

    @Test
    void positionsPointAtTheTextFound() {
        String text = "Ring me on 07700 900123 please.";
        IdentifyingDetail phone = IdentifyingDetails.find(text).get(0);
        assertEquals(Kind.PHONE, phone.kind());
        assertEquals("07700 900123", text.substring(phone.start(), phone.end()));
        assertEquals(11, phone.start());
        assertEquals(23, phone.end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My son Tom started college.|Tom",
            "my daughter, Megan, was scared.|Megan",
            "Our eldest daughter Sian Price came too.|Sian Price",
            "My husband Gareth helped.|Gareth",
            "my social worker Dawn listened.|Dawn",
            "A lad called Kieran said hello.|Kieran",
            "The home manager, named Oluwaseun Adeyemi, agreed.|Oluwaseun Adeyemi",
            "Her name is Aisha and she cares for her mum.|Aisha",
            "We saw Mrs Jones at the surgery.|Mrs Jones",
            "Dr. Patel phoned back.|Dr. Patel",
            "Then Mr Huw Roberts came in.|Mr Huw Roberts",
            "Yesterday we met Tom Evans at the centre.|Tom Evans",
            "Later Chloe O'Brien-Smith joined the group.|Chloe O'Brien-Smith",
            "We went round to Siân Llywelyn's flat.|Siân Llywelyn",
    })
    void namesAfterCuesAndPairsOfCapitalisedWords(String text, String name) {
        assertFinds(text, "NAME:" + name);
    }

    @Test
    void aNameFoundOnceIsFoundWhereverItAppearsAgain() {
        assertFinds("My son Tom is shy. Tom loves trains, and everyone knows Tom.",
                "NAME:Tom", "NAME:Tom", "NAME:Tom");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Social Services wrote to us.",
            "We went to the Local Authority and the Citizens Advice office.",
            "The NHS Trust agreed to meet us on Monday.",
            "My mum came with me to Children's Services.",
            "Sam Smith sat down.", // capitalised words at the start of a sentence are not taken for a name
            "The Care Act says we should be involved.",
            "I went with my daughter to the Job Centre.",
    })
    void capitalisedWordsThatAreNotNamesAreLeftAlone(String text) {
        assertEquals(List.of(), found(text).stream().filter(f -> f.startsWith("NAME")).toList(), text);
    }

    @Test
    void aNameAfterAWordThatStartsASentenceIsStillFound() {
        assertFinds("On Monday Sarah Jones visited.", "NAME:Sarah Jones");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Call 07700 900123 any time.|07700 900123",
            "Our number is 0121 496 0000.|0121 496 0000",
            "Phone (01632) 960001 after five.|(01632) 960001",
            "Text +44 7700 900123 instead.|+44 7700 900123",
            "My sister in Boston is on +1 (555) 010-9999.|+1 (555) 010-9999",
            "In Sweden it is +46 8 123 456 78.|+46 8 123 456 78",
            "Dial 0033 1 23 45 67 89 from here.|0033 1 23 45 67 89",
            "Ring 020-7946-0018 please|020-7946-0018",
    })
    void phoneNumbersUkAndInternational(String text, String phone) {
        assertFinds(text, "PHONE:" + phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We raised 1234567 pounds.", "It ran from 2010 to 2015.", "Room 12345 was free.",
            "Version 1.2.3.4 of the plan."})
    void numbersThatAreNotPhoneNumbers(String text) {
        assertEquals(List.of(), found(text), text);
    }

    @Test
    void emailAddresses() {
        assertFinds("Write to sam.jones+care@example.co.uk or help@council.gov.uk.",
                "EMAIL:sam.jones+care@example.co.uk", "EMAIL:help@council.gov.uk");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We moved to CF10 3AT last year.|CF10 3AT",
            "post it to sw1a 1aa please|sw1a 1aa",
            "The office is in M1 1AE.|M1 1AE",
            "Send it to EH11AA.|EH11AA",
            "Near B33 8TH there is a park.|B33 8TH",
    })
    void ukPostcodes(String text, String postcode) {
        assertFinds(text, "POSTCODE:" + postcode);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She lives at 12 High Street with her cat.|12 High Street",
            "They moved to 4a Church Road last spring.|4a Church Road",
            "Come to 221 Baker St for tea.|221 Baker St",
            "We are at 7 Heol y Bryn now.|7 Heol y Bryn",
            "He grew up on Maple Avenue.|Maple Avenue",
    })
    void streetAddresses(String text, String address) {
        assertFinds(text, "ADDRESS:" + address);
    }

    @Test
    void flatsWithTheAddressThatFollows() {
        assertFinds("Now I live in Flat 3, Oak House, 12 High Street, Cardiff. It is quiet.",
                "ADDRESS:Flat 3, Oak House, 12 High Street, Cardiff");
        assertFinds("The postman left it at flat 14b.", "ADDRESS:flat 14b");
    }

    @Test
    void aPostcodeInsideAnAddressIsPartOfIt() {
        assertFinds("Flat 2, 10 Mill Lane, CF10 3AT", "ADDRESS:Flat 2, 10 Mill Lane, CF10 3AT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He was born on 3 March 2011 in Swansea.|DATE_OF_BIRTH:3 March 2011",
            "DOB: 14/02/1987|DATE_OF_BIRTH:14/02/1987",
            "Her date of birth is 2009-07-21.|DATE_OF_BIRTH:2009-07-21",
            "His birthday is on 5th June.|DATE_OF_BIRTH:5th June",
            "She was born in 1984, the year of the strike.|DATE_OF_BIRTH:1984",
            "The review was on 12/05/2023.|DATE:12/05/2023",
            "We met on the 21st of September.|DATE:21st of September",
            "It all changed in March 2020.|DATE:March 2020",
            "The panel sat on October 4, 2022 for an hour.|DATE:October 4, 2022",
            "Since 1.3.21 things are better.|DATE:1.3.21",
    })
    void datesOfBirthAndOtherDates(String text, String expected) {
        assertFinds(text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We may go in May.", "The 2019 plan worked.", "Score was 10/10.", "Steps 1-2-3 help."})
    void thingsThatAreNotDates(String text) {
        assertEquals(List.of(), found(text), text);
    }

    @Test
    void aFullStopAfterAnEarlierSentenceDoesNotMakeADateOfBirth() {
        assertFinds("He was born in Wales. We met on 3 May 2019.", "DATE:3 May 2019");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "When he was aged 7 he moved.|aged 7",
            "She is 7 years old.|7 years old",
            "A 45-year-old man helped.|45-year-old",
            "My nan is ninety-two years old.|ninety-two years old",
            "Children age 5 and up.|age 5",
            "At the age of 16 I left home.|age of 16",
            "A six-month-old baby.|six-month-old",
            "For her 40th birthday we went out.|40th birthday",
    })
    void ages(String text, String age) {
        assertFinds(text, "AGE:" + age);
    }

    @Test
    void everythingInOneStoryInOrder() {
        String story = """
                # Our story

                My daughter Ellie was born on 02/03/2012. She is 12 years old now.
                We live at 15 Station Road, CF24 4HQ. You can ring me on 07700 900456
                or write to ellies.mum@example.com. Last week Ellie and I met Councillor Rhys Morgan.
                """;
        assertEquals(List.of("NAME:Ellie", "DATE_OF_BIRTH:02/03/2012", "AGE:12 years old", "ADDRESS:15 Station Road",
                "POSTCODE:CF24 4HQ", "PHONE:07700 900456", "EMAIL:ellies.mum@example.com", "NAME:Ellie",
                "NAME:Councillor Rhys Morgan"), found(story));
    }

    @Test
    void findingsNeverOverlap() {
        String text = "Mr Tom Jones of 12 High Street, born 1/2/1990, aged 34, tom@example.org, 07700 900123";
        List<IdentifyingDetail> details = IdentifyingDetails.find(text);
        for (int i = 1; i < details.size(); i++) {
            assertTrue(details.get(i - 1).end() <= details.get(i).start(), details.toString());
        }
        assertEquals(6, details.size(), details.toString());
    }

    @Test
    void anExcerptShowsTheWordsAround() {
        String text = "After a long time waiting, my son Tom finally got the support he needed at school.";
        IdentifyingDetail tom = IdentifyingDetails.find(text).get(0);
        IdentifyingDetail.Excerpt excerpt = tom.excerptIn(text, 20);
        assertEquals("Tom", excerpt.match());
        assertEquals("…waiting, my son ", excerpt.before());
        assertEquals(" finally got the…", excerpt.after());
        assertEquals(Kind.NAME, excerpt.kind());
    }

    @Test
    void anExcerptAtTheEdgesHasNoEllipsis() {
        String text = "Tom Jones";
        IdentifyingDetail.Excerpt excerpt = new IdentifyingDetail(Kind.NAME, "Tom Jones", 0, 9).excerptIn(text, 20);
        assertEquals("", excerpt.before());
        assertEquals("", excerpt.after());
    }

    @Test
    void sentenceStarts() {
        assertTrue(IdentifyingDetails.startsSentence("Tom", 0));
        assertTrue(IdentifyingDetails.startsSentence("Yes. Tom", 5));
        assertTrue(IdentifyingDetails.startsSentence("- Tom", 2));
        assertTrue(IdentifyingDetails.startsSentence("She said: \"Tom", 11));
        assertFalse(IdentifyingDetails.startsSentence("We met Tom", 7));
        assertFalse(IdentifyingDetails.startsSentence("we met\nTom", 7), "a line wrapped inside a sentence");
    }

    @Test
    void longTextIsCheckedQuickly() {
        String text = ("My son Tom went to 12 High Street on 3 May 2019 and rang 07700 900123. ").repeat(300);
        long started = System.nanoTime();
        List<IdentifyingDetail> details = IdentifyingDetails.find(text);
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "under five seconds");
        assertEquals(1200, details.size());
    }
}
