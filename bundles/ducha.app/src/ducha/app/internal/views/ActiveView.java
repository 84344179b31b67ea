package ducha.app.internal.views;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The view a window key (Ctrl+W, F5) acts on: the active part, unless another window is in front of it. The key
 * bindings of the main window also reach its dialogs, and a key typed in a dialog must not close or reload the view
 * behind it.
 */
public final class ActiveView {

	private ActiveView() {
	}

	/**
	 * @param activeShell the workbench's active shell, null when none is known (no window manager); a disposed one
	 *            (a dialog just closed, whose deactivation did not reach the context) is no window in front
	 */
	public static Optional<MPart> of(MPart part, Shell activeShell) {
		if (part == null || !(part.getWidget() instanceof Control control) || control.isDisposed()) {
			return Optional.empty();
		}
		return activeShell == null || activeShell.isDisposed() || activeShell == control.getShell() ? Optional.of(part)
				: Optional.empty();
	}
}
