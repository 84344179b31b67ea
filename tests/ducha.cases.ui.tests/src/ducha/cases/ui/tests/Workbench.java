package ducha.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import ducha.app.AppModel;
import ducha.core.security.Principal;
import ducha.test.ui.MainWindow;
import ducha.test.ui.UiTesting;

/**
 * The running workbench as the cases UI tests see it: the shared {@link UiTesting} and {@link MainWindow} bound to
 * this display, plus the controls the cases views name with {@link AppModel#WIDGET_KEY}.
 */
final class Workbench {

	final Display display;
	final MApplication application;
	final Principal principal;
	final EPartService parts;

	Workbench() throws InterruptedException {
		display = Display.getCurrent();
		assertNotNull(display, "the test must run on the UI thread (useUIThread=true)");
		application = MainWindow.application();
		parts = MainWindow.parts(display);
		principal = MainWindow.principal();
		assertNotNull(principal, "no Principal in the application context: the log-in failed");
	}

	static <T> T service(Class<T> type) {
		return UiTesting.service(type);
	}

	MPart show(String partId) throws InterruptedException {
		return MainWindow.show(display, partId);
	}

	static Control widget(MPart part) {
		return UiTesting.widget(part);
	}

	static <T extends Control> Optional<T> find(Control root, Class<T> type) {
		return UiTesting.find(root, type);
	}

	/** The control the view named with {@link AppModel#WIDGET_KEY}. */
	static <T extends Control> T named(MPart part, String name, Class<T> type) {
		return UiTesting.named(widget(part), AppModel.WIDGET_KEY, name, type);
	}

	void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		UiTesting.waitUntil(display, what, condition);
	}

	void settle() throws InterruptedException {
		UiTesting.settle(display);
	}

	void screenshot(String name) throws Exception {
		UiTesting.screenshot(display, name);
	}
}
