// As an app's developer writes it: the package by name, built by Vite with its worker.
import 'conflict-timeline';
