package ducha.petitions.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.PeopleNames;
import ducha.core.security.Principal;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;

/**
 * What the sections of the casework tab share: the logged-in user, the job runner, the part's status line, a way
 * to reload the list after a change of the petition itself (a transfer) and the names of the people behind the
 * log-in names the sections show (who wrote a note, who added a file).
 *
 * @param reload reloads the list and selects the petition with this number again
 */
record Casework(Principal principal, ServiceCalls<PetitionService> calls, Consumer<String> status, Consumer<String> reload,
		Shell shell, PeopleNames people) {

	/** One section of the tab; shows the selected petition (null: none). */
	interface Section {
		void show(Petition petition);
	}
}
