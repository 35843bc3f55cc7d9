package org.xinsheng.nlp.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.corpus.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed models must come from the committed training corpora: a changed corpus without a retrained model
 * fails here. Retrain with {@code java -jar backend/target/xinsheng.jar nlp-train} from the repository root.
 */
class ModelsAreFreshTest {

    @ParameterizedTest
    @CsvSource({"sector,zh", "sector,bo", "employer,zh", "employer,bo"})
    void modelRecordsTheHashOfItsTrainingCorpus(String kind, String lang) throws Exception {
        Corpus corpus = Corpus.fromClasspath(lang + "-train.jsonl");
        assertEquals(corpus.sha256(), NlpCommands.recordedCorpusHash(kind, lang),
                kind + "-" + lang + ".bin is stale: retrain with nlp-train");
    }
}
