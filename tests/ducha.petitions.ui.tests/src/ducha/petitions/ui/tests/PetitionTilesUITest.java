package ducha.petitions.ui.tests;

import static ducha.petitions.ui.tests.UiHarness.control;
import static ducha.test.ui.MainWindow.principal;
import static ducha.test.ui.UiTesting.find;
import static ducha.test.ui.UiTesting.service;
import static ducha.test.ui.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import ducha.app.AppModel;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionSubset;
import ducha.petitions.ui.PetitionsUi;
import ducha.test.ui.MainWindow;

/** A petitions tile on the home page opens the list showing the petitions it counts, as many as its figure. */
class PetitionTilesUITest {

	@Test
	void theOpenPetitionsTileOpensTheListShowingTheOpenPetitions() throws Exception {
		Display display = Display.getCurrent();
		List<Petition> all = service(PetitionService.class).list(principal());
		List<String> open = all.stream().filter(p -> PetitionSubset.OPEN.includes(p, LocalDate.now()))
				.map(Petition::number).toList();
		assertTrue(!open.isEmpty(), "the demo court has open petitions");

		EPartService parts = MainWindow.parts(display);
		MPart home = MainWindow.show(display, AppModel.HOME_PART_ID);
		Control homeWidget = (Control) home.getWidget();
		waitUntil(display, "the 在办信访件 tile", () -> find(homeWidget, Label.class,
				l -> l.getText().equals("在办信访件")).isPresent());
		Label tile = find(homeWidget, Label.class, l -> l.getText().equals("在办信访件")).orElseThrow();
		tile.notifyListeners(SWT.MouseUp, new Event());

		MPart part = parts.findPart(PetitionsUi.PART_ID);
		assertEquals(part, parts.getActivePart(), "the tile opened 信访举报");
		Composite root = (Composite) part.getWidget();
		Combo subset = control(root, "subset", Combo.class);
		Table list = control(root, "list", Table.class);
		try {
			assertEquals("在办", subset.getText(), "the list is filtered to what the tile counts");
			waitUntil(display, "the open petitions listed", () -> list.getItemCount() == open.size());
			assertEquals(open.stream().sorted().toList(),
					Arrays.stream(list.getItems()).map(i -> i.getText(0)).sorted().toList());
		} finally {
			// the other tests of this workbench find the list unfiltered
			subset.select(0);
			subset.notifyListeners(SWT.Selection, new Event());
		}
		waitUntil(display, "every petition listed again", () -> list.getItemCount() == all.size());
	}
}
