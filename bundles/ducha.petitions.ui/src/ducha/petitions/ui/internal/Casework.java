package ducha.petitions.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;

import ducha.core.security.Principal;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;

/**
 * What the sections of the casework tab share: the logged-in user, the job runner, the part's status line and a way
 * to reload the list after a change of the petition itself (a transfer).
 *
 * @param reload reloads the list and selects the petition with this number again
 */
record Casework(Principal principal, ServiceCalls<PetitionService> calls, Consumer<String> status, Consumer<String> reload,
		Shell shell) {

	/** One section of the tab; shows the selected petition (null: none). */
	interface Section {
		void show(Petition petition);
	}
}
