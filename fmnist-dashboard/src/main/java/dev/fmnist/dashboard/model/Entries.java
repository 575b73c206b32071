package dev.fmnist.dashboard.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What one kind of file in the directories gave the page.
 *
 * @param entries  one object per network or map
 * @param warnings one line per file that could not be read, or was not read
 */
record Entries(List<ObjectNode> entries, List<String> warnings) {
}
