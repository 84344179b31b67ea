package ducha.petitions;

/**
 * The {@link ducha.core.spi.ViewTargets logical views} the petitions plugin's tiles and reminders open; its UI
 * tags the part descriptors that show them {@code ducha.target:<target>}.
 */
public final class PetitionTargets {

	/** The list of petitions (信访举报). */
	public static final String LIST = "petitions.list";

	private PetitionTargets() {
	}
}
