package org.xinsheng.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chat understands yes, no, I don't know and skip in standard (Lhasa-leaning) and Amdo Tibetan alike. */
class TibetanRegistersVocabularyTest {

    private final Vocabulary words = new Vocabulary();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yes     | ལགས་སོ།          | standard
            yes     | ལགས་རེད།         | standard
            yes     | ཡིན།             | standard
            yes     | ཡ།               | Amdo
            yes     | ཡ་ཡ།             | Amdo
            yes     | འགྲིག་གི          | Amdo
            no      | མ་རེད།           | standard
            no      | ལགས་མ་རེད།       | standard
            no      | མིན།             | Amdo
            no      | འགྲིག་གི་མེད།     | Amdo
            skip    | མི་དགོས།          | standard
            skip    | དགོས་ཀྱི་མ་རེད།    | standard
            skip    | དགོས་གི་མེད།      | Amdo
            unknown | མི་ཤེས།           | standard
            unknown | ཧ་གོ་གི་མི་འདུག     | standard
            unknown | ཤེས་ཀྱི་མི་འདུག    | standard
            unknown | ཤེས་གི་མེད།       | Amdo
            unknown | ཧ་མ་གོ             | Amdo
            unknown | ངས་ཤེས་གི་མེད།    | Amdo
            """)
    void understandsBothRegisters(String list, String answer, String register) {
        String n = Vocabulary.normalize(answer);
        boolean understood = list.equals("unknown") ? words.mentions(list, n) : words.is(list, n);
        assertTrue(understood, register + " " + answer + " is not read as " + list);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ཡ་ཡ།          | no
            འགྲིག་གི་མེད། | yes
            མ་རེད།        | yes
            དགོས་གི་མེད།  | yes
            """)
    void aYesIsNeverANoAndTheOtherWayRound(String answer, String otherList) {
        assertEquals(false, words.is(otherList, Vocabulary.normalize(answer)), answer + " is in " + otherList);
    }
}
