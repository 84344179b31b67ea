package ducha.app.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swtchart.Chart;

import ducha.app.AppModel;
import ducha.app.print.PrintBlock;
import ducha.app.print.Printable;
import ducha.app.print.Printing;
import ducha.app.print.Printout;
import ducha.app.ui.Forms;
import ducha.app.ui.Printouts;

/**
 * What 文件 → 打印… and 打印预览… print of a view: the part itself when it is {@link Printable}; otherwise what it
 * shows — the controls that offer their content ({@link Printable#offer}: the kit's lists), its tables, trees and
 * charts — only the one that has the focus when one has it, else all of them that are visible, top to bottom. The
 * navigator is not printed: it lists views, not records.
 */
final class ViewPrint {

	/** One thing the view shows that prints: where it is (for the status line near it) and how it reads. */
	private record Source(Control control, Supplier<List<PrintBlock>> blocks) {
	}

	private final MPart part;
	private final Control view;
	private final List<Source> sources;

	private ViewPrint(MPart part, Control view, List<Source> sources) {
		this.part = part;
		this.view = view;
		this.sources = sources;
	}

	/** The view's printout, when the part prints anything. */
	static Optional<ViewPrint> of(MPart part) {
		if (part == null || AppModel.NAVIGATOR_PART_ID.equals(part.getElementId())
				|| !(part.getWidget() instanceof Control view) || view.isDisposed()) {
			return Optional.empty();
		}
		if (part.getObject() instanceof Printable printable) {
			return Optional.of(new ViewPrint(part, view, List.of(new Source(view, printable::printBlocks))));
		}
		List<Source> found = new ArrayList<>();
		collect(view, found);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Control focus = view.getDisplay().getFocusControl();
		for (Source source : found) {
			if (contains(source.control(), focus)) {
				return Optional.of(new ViewPrint(part, view, List.of(source)));
			}
		}
		return Optional.of(new ViewPrint(part, view, found));
	}

	/** The controls under root that print, in the order they are laid out; invisible ones (other tabs) left out. */
	private static void collect(Control control, List<Source> found) {
		if (!control.isVisible() || control.getSize().x <= 0 || control.getSize().y <= 0) {
			return;
		}
		if (control.getData(Printable.KEY) instanceof Printable offered) {
			found.add(new Source(control, offered::printBlocks));
		} else if (control instanceof Table table) {
			found.add(new Source(table, () -> List.of(ShownControls.table(table, caption(table)))));
		} else if (control instanceof Tree tree) {
			found.add(new Source(tree, () -> List.of(ShownControls.tree(tree, caption(tree)))));
		} else if (control instanceof Chart chart) {
			found.add(new Source(chart, () -> List.of(ShownControls.chart(chart))));
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}

	private static boolean contains(Control outer, Control inner) {
		for (Control c = inner; c != null; c = c.getParent()) {
			if (c == outer) {
				return true;
			}
		}
		return false;
	}

	/** The title of the frame or tab around a control, to tell several printed lists apart; null when none. */
	private static String caption(Control control) {
		for (Control c = control; c != null && !(c instanceof Shell); c = c.getParent()) {
			Composite parent = c.getParent();
			if (c instanceof Group group && !group.getText().isBlank()) {
				return group.getText();
			}
			if (parent instanceof CTabFolder folder) {
				for (CTabItem item : folder.getItems()) {
					if (item.getControl() == c) {
						return item.getText();
					}
				}
			}
			if (parent instanceof TabFolder folder) {
				for (TabItem item : folder.getItems()) {
					if (item.getControl() == c) {
						return item.getText();
					}
				}
			}
		}
		return null;
	}

	/** Reads what the view shows now, under its name, the court's and today's. */
	Printout printout() {
		List<PrintBlock> blocks = new ArrayList<>();
		for (Source source : sources) {
			blocks.addAll(source.blocks().get());
		}
		if (sources.size() == 1 && blocks.size() == 1 && blocks.get(0) instanceof PrintBlock.Table table
				&& table.caption() != null) {
			// one list: the view's name says enough
			blocks.set(0, new PrintBlock.Table(null, table.headers(), table.rows()));
		}
		return Printouts.of(part.getLocalizedLabel(), blocks);
	}

	/** The outcome of printing in the view's status line near what was printed, in a message box without one. */
	void report(Printing.Outcome outcome) {
		if (outcome == null || view.isDisposed()) {
			return;
		}
		Label line = statusLine();
		if (line != null) {
			Forms.report(line, outcome.message(), outcome.problem());
		} else if (outcome.problem()) {
			MessageDialog.openWarning(view.getShell(), Messages.Print_title, outcome.message());
		} else {
			MessageDialog.openInformation(view.getShell(), Messages.Print_title, outcome.message());
		}
	}

	private Label statusLine() {
		if (!(view instanceof Composite composite)) {
			return null;
		}
		for (Source source : sources) {
			Label line = Forms.statusLineNear(source.control(), composite);
			if (line != null && !line.isDisposed()) {
				return line;
			}
		}
		return null;
	}
}
