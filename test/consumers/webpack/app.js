// As an app's developer writes it: the package by name, built by webpack 5 with its worker.
import 'conflict-timeline';
