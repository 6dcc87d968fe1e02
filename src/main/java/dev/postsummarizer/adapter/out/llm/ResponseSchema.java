package dev.postsummarizer.adapter.out.llm;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

/**
 * The reply's shape as a JSON schema, for providers that constrain decoding to it. Every property is required
 * (strict mode demands it); an absent attribution is "".
 */
final class ResponseSchema {

    static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("post_summary")
                    .rootElement(JsonObjectSchema.builder()
                            .addStringProperty("summary", "neutral summary, 60-120 words, claims attributed")
                            .addProperty("keyFacts", JsonArraySchema.builder()
                                    .items(JsonObjectSchema.builder()
                                            .addStringProperty("fact")
                                            .addStringProperty("evidence", "verbatim quote from the post")
                                            .addStringProperty("attribution", "who made the claim, or \"\"")
                                            .required("fact", "evidence", "attribution")
                                            .additionalProperties(false)
                                            .build())
                                    .build())
                            .addStringProperty("language", "BCP 47 tag of the summary's language")
                            .addProperty("topics", JsonArraySchema.builder()
                                    .items(dev.langchain4j.model.chat.request.json.JsonStringSchema.builder().build())
                                    .build())
                            .required("summary", "keyFacts", "language", "topics")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private ResponseSchema() {
    }
}
