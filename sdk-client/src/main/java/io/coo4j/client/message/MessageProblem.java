package io.coo4j.client.message;

import io.coo4j.core.InvalidInputException;

/**
 * One reason a certificate cannot be written as the customs import message (报文): the field of the JSON model
 * ({@code goods[2].nameEn}), the element of the message
 * ({@code Certificate/CertificateList/Goods[3]/GoodsNameE}) and what is wrong, e.g. "401 characters, at
 * most 400". Immutable.
 *
 * @param jsonPath the field of the certificate's JSON form, e.g. {@code goods[2].nameEn}; empty for the certificate
 *                 as a whole
 * @param element  the message element, e.g. {@code Certificate/CertificateList/Goods[3]/GoodsNameE}
 * @param problem  what is wrong, in one sentence
 * @since 0.1
 */
public record MessageProblem(String jsonPath, String element, String problem) {
    /** Refuses a missing component: a problem says where, in both forms, and what. */
    public MessageProblem {
        InvalidInputException.requireArgument(jsonPath, "MessageProblem", "jsonPath");
        InvalidInputException.requireArgument(element, "MessageProblem", "element");
        InvalidInputException.requireArgument(problem, "MessageProblem", "problem");
    }

    @Override
    public String toString() {
        return jsonPath + " (" + element + "): " + problem;
    }
}
