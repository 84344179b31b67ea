package ducha.petitions.ui.tests;

import static ducha.test.ui.MainWindow.show;
import static ducha.test.ui.UiTesting.named;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import ducha.app.AppModel;

/**
 * The petitions parts as their tests reach them: by part id and by the names the parts give their controls under
 * {@link AppModel#WIDGET_KEY}. Waiting, screenshots and services come from ducha.test.ui.
 */
final class UiHarness {

	private UiHarness() {
	}

	/** Opens the part in the main window (once the home part is there) and returns its root composite. */
	static Composite open(Display display, String partId) throws InterruptedException {
		return (Composite) show(display, partId).getWidget();
	}

	/** The control of the type that the part named so; fails when there is none. */
	static <T extends Control> T control(Control root, String name, Class<T> type) {
		return named(root, AppModel.WIDGET_KEY, name, type);
	}
}
