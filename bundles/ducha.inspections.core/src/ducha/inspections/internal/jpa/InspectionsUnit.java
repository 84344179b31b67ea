package ducha.inspections.internal.jpa;

/** The inspections plugin's persistence unit. */
public final class InspectionsUnit {

	/** The persistence unit's name, as in persistence.xml and the EntityManagerFactory service property. */
	public static final String UNIT = "ducha.inspections";

	/** DS target filter of the unit's EntityManagerFactory. */
	public static final String TARGET = "(osgi.unit.name=ducha.inspections)";

	private InspectionsUnit() {
	}
}
