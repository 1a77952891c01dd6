package dev.drop.platform.rest.internal.problem;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Writes Jackson's path to a failing value the way clients read it: {@code variants[2].price.amount}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
