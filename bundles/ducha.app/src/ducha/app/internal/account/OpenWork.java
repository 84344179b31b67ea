package ducha.app.internal.account;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * What the logged-in account has open in the main window: its views and every other window (quick-find results,
 * a record's details). 注销 closes all of it, so that nothing the previous account read stays on the screen or in a
 * part's cached list; the next account gets the home page and opens its own views.
 */
final class OpenWork {

	private final MWindow window;
	private final EModelService models;

	OpenWork(MWindow window, EModelService models) {
		this.window = window;
		this.models = models;
	}

	/** The views a user may close (the navigator may not: it follows the account instead). */
	List<MPart> views() {
		return models.findElements(window, null, MPart.class, null).stream().filter(MPart::isCloseable).toList();
	}

	/** Closes every view and every other window of the workbench. */
	void close(EPartService parts) {
		Shell main = (Shell) window.getWidget();
		for (Shell shell : main.getDisplay().getShells()) {
			// invisible shells are the workbench's own (e.g. where unrendered parts wait); they hold nothing shown
			if (shell != main && !shell.isDisposed() && shell.isVisible()) {
				if (shell.getData() instanceof Window dialog) {
					dialog.close();
				} else {
					shell.close();
				}
			}
		}
		for (MPart view : views()) {
			parts.hidePart(view, true);
		}
	}
}
