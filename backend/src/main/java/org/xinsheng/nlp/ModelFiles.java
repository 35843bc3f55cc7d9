package org.xinsheng.nlp;

import java.io.InputStream;

/** The trained models packaged by nlp-models under {@code nlp/models/}. */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Opens {@code nlp/models/NAME}; a missing model says how to build it. */
    public static InputStream open(String name) {
        String resource = "nlp/models/" + name;
        InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing model on the classpath: " + resource
                    + " (build it with: java -jar backend/target/xinsheng.jar nlp-train)");
        }
        return in;
    }

    public static boolean exists(String name) {
        return ModelFiles.class.getClassLoader().getResource("nlp/models/" + name) != null;
    }
}
