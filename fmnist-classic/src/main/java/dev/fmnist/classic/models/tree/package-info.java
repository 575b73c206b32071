/**
 * scikit-learn's CART trees and forests: {@link dev.fmnist.classic.models.tree.DecisionTreeClassifier},
 * {@link dev.fmnist.classic.models.tree.ExtraTreeClassifier} and
 * {@link dev.fmnist.classic.models.tree.RandomForestClassifier}, grown on binned features ({@code BinnedFeatures},
 * {@code TreeBuilder}, {@code RandomSplitter}) and stored flat for prediction ({@code Tree}, {@code Forest}).
 * <p>Depends on {@code dev.fmnist.estimator}, {@code dev.fmnist.data.progress} and {@code classic.models}; no
 * third-party code.
 */
package dev.fmnist.classic.models.tree;
