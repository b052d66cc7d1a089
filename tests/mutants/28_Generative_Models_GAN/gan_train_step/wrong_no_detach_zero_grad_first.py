# zero_grad를 맨 앞에서 한 번만 부르고 detach하지 않는다: G의 갱신에 d_loss의 그래디언트가 섞인다
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    opt_d.zero_grad()
    opt_g.zero_grad()
    d_loss = discriminator_loss(D(real), D(G(z)))
    d_loss.backward()
    opt_d.step()
    g_loss = generator_loss(D(G(z)))
    g_loss.backward()
    opt_g.step()
    return d_loss.item(), g_loss.item()
