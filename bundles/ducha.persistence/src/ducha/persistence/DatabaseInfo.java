package ducha.persistence;

import java.util.Map;

/**
 * What {@code ducha-cli db info} and the About dialog show.
 *
 * @param connection     {@link DatabaseConfig#describe()}
 * @param product        database product name and version
 * @param schemaVersions per bundle: the Flyway schema version it is at
 */
public record DatabaseInfo(String connection, String product, Map<String, String> schemaVersions) {
}
