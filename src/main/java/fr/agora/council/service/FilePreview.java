package fr.agora.council.service;

import fr.agora.council.pool.PoolField;
import java.util.List;
import java.util.Map;

/**
 * A pool file's header and the suggested column mapping, for the operator to review before importing.
 *
 * @param sample the first data rows (at most five), to recognise the columns
 */
public record FilePreview(String fileName, String charset, char separator, List<String> header,
        Map<PoolField, Integer> suggested, List<List<String>> sample, int rows) {
}
