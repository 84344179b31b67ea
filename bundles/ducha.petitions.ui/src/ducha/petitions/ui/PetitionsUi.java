package ducha.petitions.ui;

/** Ids of the petitions plugin's workbench contributions. */
public final class PetitionsUi {

	/** The petitions part (list, intake form, detail with workflow actions). */
	public static final String PART_ID = "ducha.petitions.ui.part.petitions";

	/** The screening library part (排查库). */
	public static final String CLUES_PART_ID = "ducha.petitions.ui.part.clues";

	/** The reception calendar part (信访接待日). */
	public static final String RECEPTION_PART_ID = "ducha.petitions.ui.part.reception";

	private PetitionsUi() {
	}
}
