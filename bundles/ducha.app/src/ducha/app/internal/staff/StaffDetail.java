package ducha.app.internal.staff;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.DetailDialog;

/** One staff member read-only: every column of the directory as a line (a double-click or the quick-find). */
final class StaffDetail {

	private StaffDetail() {
	}

	static void open(Shell parent, StaffRow row) {
		new DetailDialog(parent, NLS.bind(Messages.Staff_detailTitle, row.name(), row.staffNo()), "staff.detail",
				Arrays.stream(StaffColumn.values()).map(c -> new DetailDialog.Line(c.header(), c.value(row),
						"staff.detail." + c.name().toLowerCase())).toList()).open();
	}
}
