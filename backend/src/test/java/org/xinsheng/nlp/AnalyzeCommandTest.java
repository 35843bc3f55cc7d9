package org.xinsheng.nlp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzeCommandTest {

    @Test
    void answersEveryLineWithItsIdAndGoesOnAfterABadOne() throws Exception {
        String input = """
                {"id":"a1","text":"我们12个人在郎木寺镇修县道，包工头王某欠了三个月工资，每人每月4500，现在电话打不通了","channel":"hotline"}
                not json
                {"id":7,"text":"ང་ཚོ་མི་བརྒྱད་ཀྱིས་ཤིས་ཚང་གི་ཆུ་རྫིང་བཟོ་ལས་ལ་ཞག་སུམ་ཅུ་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད།"}
                {"id":"c3"}

                {"id":"d4","text":""}
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NlpCommands.analyze(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(5, lines.length, out.toString(StandardCharsets.UTF_8));
        assertEquals("{\"id\":\"a1\",\"language\":\"zh\",\"wageArrears\":true,\"wageConfidence\":"
                + lines[0].replaceAll(".*\"wageConfidence\":([0-9.]+).*", "$1")
                + ",\"sector\":\"transport\",\"sectorConfidence\":"
                + lines[0].replaceAll(".*\"sectorConfidence\":([0-9.]+).*", "$1")
                + ",\"employer\":\"包工头王某\",\"amountYuan\":162000,\"workers\":12,\"township\":\"langmusi\",\"absconded\":true}",
                lines[0]);
        assertTrue(lines[1].startsWith("{\"id\":null,\"error\":"), lines[1]);
        assertTrue(lines[2].startsWith("{\"id\":7,\"language\":\"bo\""), lines[2]);
        assertTrue(lines[3].startsWith("{\"id\":\"c3\",\"error\":"), lines[3]);
        assertTrue(lines[4].startsWith("{\"id\":\"d4\",\"language\":\"zh\",\"wageArrears\":false"), lines[4]);
    }
}
