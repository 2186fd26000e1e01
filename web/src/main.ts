// Entry point: the application over its route table, started.
import './styles.css';
import { createApp, start } from './app';
import { ROUTES } from './routes';

const root = document.getElementById('app');
if (root) void start(createApp(root, ROUTES));
