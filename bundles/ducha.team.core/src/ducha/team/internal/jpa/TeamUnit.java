package ducha.team.internal.jpa;

/** The team plugin's persistence unit. */
public final class TeamUnit {

	/** The persistence unit's name, as in persistence.xml and the EntityManagerFactory service property. */
	public static final String UNIT = "ducha.team";

	/** DS target filter of the unit's EntityManagerFactory. */
	public static final String TARGET = "(osgi.unit.name=ducha.team)";

	private TeamUnit() {
	}
}
