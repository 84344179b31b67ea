package ducha.study.internal.jpa;

/** The study plugin's persistence unit. */
public final class StudyUnit {

	/** The persistence unit's name, as in persistence.xml and the EntityManagerFactory service property. */
	public static final String UNIT = "ducha.study";

	/** DS target filter of the unit's EntityManagerFactory. */
	public static final String TARGET = "(osgi.unit.name=ducha.study)";

	private StudyUnit() {
	}
}
