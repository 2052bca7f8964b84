package org.coproduce.portal.api;

import java.util.List;
import org.coproduce.plugin.Problem;

/**
 * The body of every error response.
 *
 * @param error   a stable, machine-readable code, for example {@code validation_failed}
 * @param message a sentence a person understands
 * @param fields  for validation errors, a message per field (empty otherwise)
 */
public record ApiError(String error, String message, List<Problem.FieldMessage> fields) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
