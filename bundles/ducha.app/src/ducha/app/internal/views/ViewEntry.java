package ducha.app.internal.views;

/**
 * A view that the navigator lists: a part descriptor tagged {@link ducha.app.AppModel#VIEW_TAG}.
 *
 * @param descriptorId id of the part descriptor
 * @param label        translated label
 * @param category     translated navigator group
 * @param order        position (lower first)
 */
record ViewEntry(String descriptorId, String label, String category, int order) {
}
