package ducha.petitions.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import ducha.app.ui.Forms;
import ducha.app.ui.PeopleNames;
import ducha.petitions.Petition;

/** The list of petitions, the staff they name by name; overdue ones are marked. */
final class PetitionTable {

	private final Table table;
	private final PeopleNames names;
	private List<Petition> rows = List.of();

	PetitionTable(Composite parent, Consumer<Petition> selected, PeopleNames names) {
		this.names = names;
		table = Forms.named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "list");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { Messages.Column_number, Messages.Column_channel, Messages.Column_received,
				Messages.Column_reporter, Messages.Column_reported, Messages.Column_category, Messages.Column_state,
				Messages.Column_deadline };
		int[] widths = { 110, 80, 100, 70, 140, 110, 70, 170 };
		Forms.columns(table, headers, widths);
		table.addListener(SWT.Selection, e -> {
			int index = table.getSelectionIndex();
			selected.accept(index < 0 ? null : rows.get(index));
		});
	}

	Table control() {
		return table;
	}

	void show(List<Petition> petitions, String select) {
		rows = List.copyOf(petitions);
		table.removeAll();
		LocalDate today = LocalDate.now();
		for (Petition p : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { p.number(), p.channel().label(), p.receivedOn().toString(), p.reporter(),
					names.staffList(p.reportedStaff()), p.category(), p.state().label(),
					p.deadline() + (p.overdue(today) ? Messages.Overdue : "") });
			if (p.overdue(today)) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
			if (p.number().equals(select)) {
				table.setSelection(item);
			}
		}
	}
}
