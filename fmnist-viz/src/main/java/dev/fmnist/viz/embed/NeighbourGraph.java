package dev.fmnist.viz.embed;

/**
 * The {@code k} nearest neighbours of each of {@code count} points, nearest first: {@code index[i k + r]} is the
 * {@code r}-th neighbour of point {@code i} and {@code distance[i k + r]} its Euclidean distance.
 */
record NeighbourGraph(int count, int k, int[] index, float[] distance) {
}
