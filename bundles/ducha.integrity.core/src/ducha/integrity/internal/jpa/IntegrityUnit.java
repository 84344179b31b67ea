package ducha.integrity.internal.jpa;

/** The integrity plugin's persistence unit. */
public final class IntegrityUnit {

	/** The persistence unit's name, as in persistence.xml and the EntityManagerFactory service property. */
	public static final String UNIT = "ducha.integrity";

	/** DS target filter of the unit's EntityManagerFactory. */
	public static final String TARGET = "(osgi.unit.name=ducha.integrity)";

	private IntegrityUnit() {
	}
}
