package ducha.cases.internal;

import java.util.List;

import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.core.Labelled;

/**
 * The values of the orders ledger's closed lists, as a file writes them. {@link SupervisionLevel} and
 * {@link OrderStatus} label themselves in the cores' language for views; a ledger file's values are Chinese
 * whatever the language, with the wordings offices' own sheets use as aliases.
 */
final class OrderCells {

	private OrderCells() {
	}

	/** 督办层级. */
	enum Level implements Labelled {
		DEPARTMENT_HEAD(SupervisionLevel.DEPARTMENT_HEAD, "部门负责人", "部门负责人督办", "庭长督办"),
		VICE_PRESIDENT(SupervisionLevel.VICE_PRESIDENT, "分管院领导", "分管院领导督办", "分管领导", "分管领导督办"),
		PRESIDENT(SupervisionLevel.PRESIDENT, "院长", "院长督办");

		private final SupervisionLevel level;
		private final String label;
		private final List<String> aliases;

		Level(SupervisionLevel level, String label, String... aliases) {
			this.level = level;
			this.label = label;
			this.aliases = List.of(aliases);
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public List<String> aliases() {
			return aliases;
		}

		static SupervisionLevel parse(String text) {
			Level cell = Labelled.parse(Level.class, text);
			return cell == null ? null : cell.level;
		}

		static String of(SupervisionLevel level) {
			return valueOf(level.name()).label;
		}
	}

	/** 状态. */
	enum Status implements Labelled {
		OPEN(OrderStatus.OPEN, "待办理", "待办", "未办理"), IN_PROGRESS(OrderStatus.IN_PROGRESS, "办理中", "在办"),
		CLOSED(OrderStatus.CLOSED, "已办结", "办结", "已结"), OVERDUE(OrderStatus.OVERDUE, "已超期", "超期", "逾期");

		private final OrderStatus status;
		private final String label;
		private final List<String> aliases;

		Status(OrderStatus status, String label, String... aliases) {
			this.status = status;
			this.label = label;
			this.aliases = List.of(aliases);
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public List<String> aliases() {
			return aliases;
		}

		static OrderStatus parse(String text) {
			Status cell = Labelled.parse(Status.class, text);
			return cell == null ? null : cell.status;
		}

		static String of(OrderStatus status) {
			return valueOf(status.name()).label;
		}
	}
}
