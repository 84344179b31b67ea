package ducha.persistence;

/** Manifest headers and service properties of the persistence extender. */
public final class PersistenceHeaders {

	/** Standard OSGi JPA header naming a bundle's persistence.xml. */
	public static final String META_PERSISTENCE = "Meta-Persistence";

	/** Folder (in the bundle) of the bundle's Flyway migrations, e.g. {@code db/core}. */
	public static final String MIGRATIONS = "Ducha-Migrations";

	/** Service property of each registered EntityManagerFactory: the persistence unit's name. */
	public static final String UNIT_NAME = "osgi.unit.name";

	private PersistenceHeaders() {
	}
}
