package ducha.petitions.ui.tests;

import static ducha.test.ui.MainWindow.application;
import static ducha.test.ui.MainWindow.parts;
import static ducha.test.ui.UiTesting.find;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import ducha.petitions.ui.PetitionsUi;

/**
 * What only the petitions parts offer their tests: controls named with {@link PetitionsUi#WIDGET_KEY}, and parts
 * opened by id. Waiting, screenshots and services come from ducha.test.ui.
 */
final class UiHarness {

	private UiHarness() {
	}

	/** Opens the part in the main window (once the home part is there) and returns its root composite. */
	static Composite open(Display display, String partId) throws InterruptedException {
		MPart part = parts(display).showPart(partId, PartState.ACTIVATE);
		assertNotNull(part, () -> "no part " + partId + "; descriptors "
				+ application().getDescriptors().stream().map(d -> d.getElementId()).toList());
		return (Composite) part.getWidget();
	}

	/** The control of the type that the part named so; fails when there is none. */
	static <T extends Control> T control(Control root, String name, Class<T> type) {
		return find(root, type, c -> name.equals(c.getData(PetitionsUi.WIDGET_KEY)))
				.orElseThrow(() -> new AssertionError("no control " + name));
	}
}
