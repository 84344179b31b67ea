package ducha.petitions.ui;

/** Ids of the petitions plugin's workbench contributions. */
public final class PetitionsUi {

	/** The petitions part (list, intake form, detail with workflow actions). */
	public static final String PART_ID = "ducha.petitions.ui.part.petitions";

	/**
	 * Key of {@code Widget.setData(String, Object)} naming the part's controls, e.g. {@code intake.summary}: UI tests
	 * find them by it.
	 */
	public static final String WIDGET_KEY = "ducha.petitions.widget";

	private PetitionsUi() {
	}
}
