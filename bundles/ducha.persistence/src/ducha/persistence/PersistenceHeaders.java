package ducha.persistence;

/** Manifest headers and service properties of the persistence extender. */
public final class PersistenceHeaders {

	/** Standard OSGi JPA header naming a bundle's persistence.xml. */
	public static final String META_PERSISTENCE = "Meta-Persistence";

	/** Folder (in the bundle) of the bundle's Flyway migrations, e.g. {@code db/core}. */
	public static final String MIGRATIONS = "Ducha-Migrations";

	/**
	 * What the runtime role of a PostgreSQL database with an owner role may do with some of the bundle's tables,
	 * e.g. {@code audit_entry=select insert}: privileges among select, insert, update and delete, separated by
	 * spaces. Every other table of the schema gets all four; Flyway's history tables only select. Granted by
	 * {@code ducha-cli db migrate --owner} after the migrations.
	 */
	public static final String RUNTIME_PRIVILEGES = "Ducha-Runtime-Privileges";

	/** Service property of each registered EntityManagerFactory: the persistence unit's name. */
	public static final String UNIT_NAME = "osgi.unit.name";

	private PersistenceHeaders() {
	}
}
